/** What other web modules use of promotion events: the picker of the signing forms. */
export { EventPicker } from './EventPicker.tsx';
