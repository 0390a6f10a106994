/**
 * China's public holidays and make-up working days (调休) as the State Council announces them each year
 * (国务院办公厅关于部分节假日安排的通知): 2025 from 国办发明电〔2024〕12号 of 12 November 2024, 2026 from the notice of
 * 4 November 2025. A holiday's days off are given as a span; the weekend days worked in their place are listed.
 */
export interface HolidayYear {
  year: number;
  holidays: readonly { name: string; from: string; to: string }[];
  /** Saturdays and Sundays that are working days that year (调休上班). */
  workdays: readonly string[];
}

export const chinaHolidays: readonly HolidayYear[] = [
  {
    year: 2025,
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
