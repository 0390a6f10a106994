/** The height of the sticky top bar (antd's Layout.Header): table headers stay just below it. */
export const topBarHeight = 64;
