import { defineMessages } from '../../platform/i18n/messages.ts';

export const enterpriseMessages = defineMessages({
  'enterprise.creditCode.length': {
    'zh-CN': '统一社会信用代码应为 18 位',
    'zh-TW': '統一社會信用代碼應為 18 位',
    en: 'A unified social credit code has 18 characters',
  },
  'enterprise.creditCode.characters': {
    'zh-CN': '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
    'zh-TW': '統一社會信用代碼只能包含數字和大寫字母（不含 I、O、Z、S、V）',
    en: 'A unified social credit code has only digits and capital letters other than I, O, Z, S and V',
  },
  'enterprise.creditCode.structure': {
    'zh-CN': '统一社会信用代码的登记管理部门码、机构类别码或行政区划码不正确',
    'zh-TW': '統一社會信用代碼的登記管理部門碼、機構類別碼或行政區劃碼不正確',
    en: 'The registration authority, organisation category or division code of this credit code is wrong',
  },
  'enterprise.creditCode.checksum': {
    'zh-CN': '统一社会信用代码无效，请逐位核对',
    'zh-TW': '統一社會信用代碼無效，請逐位核對',
    en: 'This credit code is not valid; check it character by character',
  },
  'enterprise.creditCodeTaken': {
    'zh-CN': '已有企业使用该统一社会信用代码',
    'zh-TW': '已有企業使用該統一社會信用代碼',
    en: 'Another enterprise already has this credit code',
  },
  'enterprise.possibleDuplicate': {
    'zh-CN': '可能与已有企业重复',
    'zh-TW': '可能與已有企業重複',
    en: 'This may duplicate an existing enterprise',
  },
  'enterprise.possibleDuplicate.detail': {
    'zh-CN': '请确认不是同一家企业后再保存',
    'zh-TW': '請確認不是同一家企業後再儲存',
    en: 'Confirm that it is a different enterprise, then save again',
  },
  'enterprise.capitalRange': {
    'zh-CN': '注册资本应在 0 到 1 万亿万元之间',
    'zh-TW': '註冊資本應在 0 到 1 萬億萬元之間',
    en: 'Registered capital is between 0 and 10^12 (in 10,000 CNY)',
  },
  'enterprise.industryUnknown': { 'zh-CN': '没有这个行业代码', 'zh-TW': '沒有這個行業代碼', en: 'No such industry code' },
  'enterprise.regionUnknown': { 'zh-CN': '没有这个地区', 'zh-TW': '沒有這個地區', en: 'No such region' },
  'enterprise.regionAmbiguous': {
    'zh-CN': '有多个同名地区，请写完整，如 山东省/青岛市/崂山区',
    'zh-TW': '有多個同名地區，請寫完整，如 山東省/青島市/嶗山區',
    en: 'Several regions have this name; write the whole path, e.g. 山东省/青岛市/崂山区',
  },
  'enterprise.tagUnknown': { 'zh-CN': '没有标签「{name}」', 'zh-TW': '沒有標籤「{name}」', en: 'No tag "{name}"' },
  'enterprise.contactUnknown': {
    'zh-CN': '该联系人不属于此企业',
    'zh-TW': '該聯絡人不屬於此企業',
    en: 'This contact belongs to another enterprise',
  },
  'enterprise.onePrimaryContact': {
    'zh-CN': '只能有一位主要联系人',
    'zh-TW': '只能有一位主要聯絡人',
    en: 'Only one contact can be the primary one',
  },
  'enterprise.readOnlyForEnterprise': {
    'zh-CN': '企业用户只能修改地址和联系人',
    'zh-TW': '企業使用者只能修改地址和聯絡人',
    en: 'Enterprise users may change only the address and the contacts',
  },
  'enterprise.mergeSelf': { 'zh-CN': '不能与自身合并', 'zh-TW': '不能與自身合併', en: 'An enterprise cannot be merged into itself' },
  'enterprise.alreadyMerged': {
    'zh-CN': '该企业已被合并到其他企业',
    'zh-TW': '該企業已被合併到其他企業',
    en: 'This enterprise has already been merged into another',
  },
  'enterprise.tagNameTaken': { 'zh-CN': '已有同名标签', 'zh-TW': '已有同名標籤', en: 'A tag with this name exists' },
  'enterprise.timeline.create': { 'zh-CN': '创建企业档案', 'zh-TW': '建立企業檔案', en: 'Record created' },
  'enterprise.timeline.import': { 'zh-CN': '通过批量导入创建', 'zh-TW': '透過批次匯入建立', en: 'Created by an import' },
  'enterprise.timeline.update': { 'zh-CN': '修改企业档案', 'zh-TW': '修改企業檔案', en: 'Record changed' },
  'enterprise.timeline.merge': { 'zh-CN': '合并了重复企业', 'zh-TW': '合併了重複企業', en: 'A duplicate was merged in' },
  'enterprise.timeline.merged-into': {
    'zh-CN': '作为重复记录并入其他企业',
    'zh-TW': '作為重複記錄併入其他企業',
    en: 'Merged into another record as a duplicate',
  },
  'enterprise.import.noFile': { 'zh-CN': '请选择要上传的文件', 'zh-TW': '請選擇要上傳的檔案', en: 'Choose a file to upload' },
  'enterprise.import.unsupportedFile': {
    'zh-CN': '只支持 .xlsx 或 .csv 文件',
    'zh-TW': '只支援 .xlsx 或 .csv 檔案',
    en: 'Only .xlsx and .csv files can be imported',
  },
  'enterprise.import.legacyExcel': {
    'zh-CN': '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再上传',
    'zh-TW': '不支援舊版 .xls 檔案，請在 Excel 中另存為 .xlsx 後再上傳',
    en: 'Old .xls files are not supported; save the file as .xlsx in Excel and upload it again',
  },
  'enterprise.import.corrupt': {
    'zh-CN': '文件已损坏，或不是有效的 .xlsx 文件',
    'zh-TW': '檔案已損壞，或不是有效的 .xlsx 檔案',
    en: 'The file is damaged or not a valid .xlsx file',
  },
  'enterprise.import.empty': { 'zh-CN': '文件中没有数据行', 'zh-TW': '檔案中沒有資料列', en: 'The file has no data rows' },
  'enterprise.import.headerMismatch': {
    'zh-CN': '表头与导入模板不符：第一行须包含「企业名称」等列名，请下载模板填写',
    'zh-TW': '表頭與匯入範本不符：第一列須包含「企业名称」等欄名，請下載範本填寫',
    en: 'The header row does not match the template: the first row must name the columns, 企业名称 among them. Download the template',
  },
  'enterprise.import.duplicateColumn': {
    'zh-CN': '表头中「{column}」出现了多次',
    'zh-TW': '表頭中「{column}」出現了多次',
    en: 'The column "{column}" appears more than once',
  },
  'enterprise.import.tooManyRows': {
    'zh-CN': '一次最多导入 {max} 行',
    'zh-TW': '一次最多匯入 {max} 列',
    en: 'At most {max} rows can be imported at once',
  },
  'enterprise.import.notCommittable': {
    'zh-CN': '此导入已提交或已取消',
    'zh-TW': '此匯入已提交或已取消',
    en: 'This import has already been committed or cancelled',
  },
  'enterprise.import.nothingToImport': {
    'zh-CN': '没有可导入的有效行',
    'zh-TW': '沒有可匯入的有效列',
    en: 'There are no valid rows to import',
  },
  'enterprise.import.notANumber': { 'zh-CN': '应为数字', 'zh-TW': '應為數字', en: 'Must be a number' },
  'enterprise.import.notADate': {
    'zh-CN': '日期格式应为 YYYY-MM-DD 或 YYYY/M/D',
    'zh-TW': '日期格式應為 YYYY-MM-DD 或 YYYY/M/D',
    en: 'Dates are written YYYY-MM-DD or YYYY/M/D',
  },
  'enterprise.import.sizeClass': {
    'zh-CN': '应为 大型、中型、小型 或 微型',
    'zh-TW': '應為 大型、中型、小型 或 微型',
    en: 'Must be 大型, 中型, 小型 or 微型',
  },
  'enterprise.import.contactNameMissing': {
    'zh-CN': '填写了电话或邮箱时须填写联系人',
    'zh-TW': '填寫了電話或郵箱時須填寫聯絡人',
    en: 'A phone or email needs a contact name',
  },
  'enterprise.import.sameAsRow': {
    'zh-CN': '与第 {row} 行重复',
    'zh-TW': '與第 {row} 列重複',
    en: 'Duplicates row {row}',
  },
  'enterprise.import.creditCodeExists': {
    'zh-CN': '已有企业使用此代码：{name}',
    'zh-TW': '已有企業使用此代碼：{name}',
    en: 'Already used by {name}',
  },
  'enterprise.import.nameExists': {
    'zh-CN': '可能与已有企业重复：{name}',
    'zh-TW': '可能與已有企業重複：{name}',
    en: 'May duplicate {name}',
  },
  'enterprise.import.conflict': {
    'zh-CN': '导入时发现冲突（如统一社会信用代码已被他人录入），未导入任何数据，请重新上传',
    'zh-TW': '匯入時發現衝突（如統一社會信用代碼已被他人錄入），未匯入任何資料，請重新上傳',
    en: 'A conflict arose while importing (e.g. someone entered one of the credit codes meanwhile); nothing was imported. Upload the file again',
  },
  'enterprise.import.failed': {
    'zh-CN': '导入失败，未导入任何数据',
    'zh-TW': '匯入失敗，未匯入任何資料',
    en: 'The import failed; nothing was imported',
  },
});
