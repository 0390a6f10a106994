import { defineMessages } from '../i18n/messages.ts';

/** The import pipeline's own words; a kind words any of them for its records as `${kind.messages}.<code>`. */
export const importMessages = defineMessages({
  'import.errors.sheet': { 'zh-CN': '错误行', 'zh-TW': '錯誤列', en: 'Rows with errors' },
  'import.errors.rowNumber': { 'zh-CN': '原行号', 'zh-TW': '原列號', en: 'Row in the upload' },
  'import.errors.reasons': { 'zh-CN': '错误原因', 'zh-TW': '錯誤原因', en: 'Errors' },
  'import.errors.fileName': { 'zh-CN': '{name}-错误报告.xlsx', 'zh-TW': '{name}-錯誤報告.xlsx', en: '{name}-errors.xlsx' },
  'import.noFile': { 'zh-CN': '请选择要上传的文件', 'zh-TW': '請選擇要上傳的檔案', en: 'Choose a file to upload' },
  'import.unsupportedFile': {
    'zh-CN': '只支持 .xlsx 或 .csv 文件',
    'zh-TW': '只支援 .xlsx 或 .csv 檔案',
    en: 'Only .xlsx and .csv files can be imported',
  },
  'import.legacyExcel': {
    'zh-CN': '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再上传',
    'zh-TW': '不支援舊版 .xls 檔案，請在 Excel 中另存為 .xlsx 後再上傳',
    en: 'Old .xls files are not supported; save the file as .xlsx in Excel and upload it again',
  },
  'import.corrupt': {
    'zh-CN': '文件已损坏，或不是有效的 .xlsx 文件',
    'zh-TW': '檔案已損壞，或不是有效的 .xlsx 檔案',
    en: 'The file is damaged or not a valid .xlsx file',
  },
  'import.empty': { 'zh-CN': '文件中没有数据行', 'zh-TW': '檔案中沒有資料列', en: 'The file has no data rows' },
  'import.headerMismatch': {
    'zh-CN': '表头与导入模板不符：第一行须包含「{column}」等列名，请下载模板填写',
    'zh-TW': '表頭與匯入範本不符：第一列須包含「{column}」等欄名，請下載範本填寫',
    en: 'The header row does not match the template: the first row must name the columns, "{column}" among them. Download the template',
  },
  'import.duplicateColumn': {
    'zh-CN': '表头中「{column}」出现了多次',
    'zh-TW': '表頭中「{column}」出現了多次',
    en: 'The column "{column}" appears more than once',
  },
  'import.tooManyRows': { 'zh-CN': '一次最多导入 {max} 行', 'zh-TW': '一次最多匯入 {max} 列', en: 'At most {max} rows can be imported at once' },
  'import.tooLarge': {
    'zh-CN': '文件解压后超过 {max} MB；请只保留一个工作表的数据后再上传',
    'zh-TW': '檔案解壓後超過 {max} MB；請只保留一個工作表的資料後再上傳',
    en: 'The file unpacks to more than {max} MB; keep only one sheet of data and upload it again',
  },
  'import.tooManyParts': {
    'zh-CN': '文件包含的部件超过 {max} 个，不是普通的 .xlsx 文件',
    'zh-TW': '檔案包含的部件超過 {max} 個，不是一般的 .xlsx 檔案',
    en: 'The file has more than {max} parts, which no ordinary .xlsx file has',
  },
  'import.incompleteUpload': {
    'zh-CN': '文件没有完整上传，请重新上传',
    'zh-TW': '檔案沒有完整上傳，請重新上傳',
    en: 'The file did not arrive whole; upload it again',
  },
  'import.notCommittable': {
    'zh-CN': '此导入已提交或已取消',
    'zh-TW': '此匯入已提交或已取消',
    en: 'This import has already been committed or cancelled',
  },
  'import.nothingToImport': { 'zh-CN': '没有可导入的有效行', 'zh-TW': '沒有可匯入的有效列', en: 'There are no valid rows to import' },
  'import.failed': { 'zh-CN': '导入失败，未导入任何数据', 'zh-TW': '匯入失敗，未匯入任何資料', en: 'The import failed; nothing was imported' },
  'import.sameAsRow': { 'zh-CN': '与第 {row} 行重复', 'zh-TW': '與第 {row} 列重複', en: 'Duplicates row {row}' },
});
