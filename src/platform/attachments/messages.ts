import { defineMessages } from '../i18n/messages.ts';

export const attachmentMessages = defineMessages({
  'attachment.noFile': { 'zh-CN': '请选择要上传的文件', 'zh-TW': '請選擇要上傳的檔案', en: 'Choose a file to upload' },
  'attachment.empty': { 'zh-CN': '文件是空的', 'zh-TW': '檔案是空的', en: 'The file is empty' },
  'attachment.tooLarge': {
    'zh-CN': '文件超过 {max}，无法上传',
    'zh-TW': '檔案超過 {max}，無法上傳',
    en: 'The file is larger than {max} and cannot be uploaded',
  },
  'attachment.tooLarge.detail': {
    'zh-CN': '请压缩或拆分后再上传',
    'zh-TW': '請壓縮或分割後再上傳',
    en: 'Compress or split it, then upload it again',
  },
  'attachment.typeRefused': {
    'zh-CN': '这里不接受这类文件（{type}）',
    'zh-TW': '這裡不接受這類檔案（{type}）',
    en: 'Files of this kind ({type}) are not accepted here',
  },
  'attachment.typeRefused.detail': {
    'zh-CN': '文件类型按内容识别，与文件名无关。可以上传：{accepted}',
    'zh-TW': '檔案類型依內容識別，與檔名無關。可以上傳：{accepted}',
    en: 'The type is read from the content, not the name. Accepted: {accepted}',
  },
  'attachment.activeContent': {
    'zh-CN': '不接受可执行的内容（程序、网页、带脚本的图形）',
    'zh-TW': '不接受可執行的內容（程式、網頁、帶指令碼的圖形）',
    en: 'Content that runs when opened (programs, web pages, drawings with scripts) is not accepted',
  },
  'attachment.incompleteUpload': {
    'zh-CN': '文件没有完整上传，请重新上传',
    'zh-TW': '檔案沒有完整上傳，請重新上傳',
    en: 'The file did not arrive whole; upload it again',
  },
  'attachment.deleted': { 'zh-CN': '这个附件已被删除', 'zh-TW': '這個附件已被刪除', en: 'This attachment has been deleted' },
  'attachment.contentRemoved': {
    'zh-CN': '这个附件已被删除，文件内容已过保存期限并被清除',
    'zh-TW': '這個附件已被刪除，檔案內容已過保存期限並被清除',
    en: 'This attachment was deleted, and its content has been removed at the end of its retention period',
  },
  'attachment.contentRemoved.detail': {
    'zh-CN': '文件名和删除记录仍保留在审计日志中',
    'zh-TW': '檔名和刪除紀錄仍保留在稽核日誌中',
    en: "The file's name and its deletion remain in the audit log",
  },
  'attachment.unknownKind': { 'zh-CN': '没有这种记录', 'zh-TW': '沒有這種紀錄', en: 'No such kind of record' },
});
