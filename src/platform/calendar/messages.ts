import { defineMessages } from '../i18n/messages.ts';

export const calendarMessages = defineMessages({
  'calendar.dayOutsideYear': { 'zh-CN': '日期不在该年度内', 'zh-TW': '日期不在該年度內', en: 'This day is not in the year being edited' },
  'calendar.spanOrder': { 'zh-CN': '放假结束日期不能早于开始日期', 'zh-TW': '放假結束日期不能早於開始日期', en: 'A holiday cannot end before it starts' },
  'calendar.holidaysOverlap': { 'zh-CN': '与另一个假期的日期重叠', 'zh-TW': '與另一個假期的日期重疊', en: 'These days overlap another holiday' },
  'calendar.workdayIsHoliday': {
    'zh-CN': '这一天已在放假期间内，不能同时是调休上班日',
    'zh-TW': '這一天已在放假期間內，不能同時是調休上班日',
    en: 'This day is within a holiday; it cannot also be a make-up working day',
  },
  'calendar.workdayTwice': { 'zh-CN': '调休上班日重复', 'zh-TW': '調休上班日重複', en: 'This make-up working day is listed twice' },
});
