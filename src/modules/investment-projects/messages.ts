import { defineMessages } from '../../platform/i18n/messages.ts';

export const stageNames = {
  lead: ['线索', '線索', 'Lead'],
  contact: ['接洽', '接洽', 'Contact'],
  intent: ['意向', '意向', 'Intent'],
  negotiation: ['洽谈', '洽談', 'Negotiation'],
  signed: ['签约', '簽約', 'Signed'],
  registered: ['注册', '註冊', 'Registered'],
  started: ['开工', '開工', 'Construction started'],
  producing: ['投产', '投產', 'Producing'],
  atCapacity: ['达产', '達產', 'At capacity'],
} as const;

/** `project.timeline.resume-<stage>`: back from hold, naming the stage. */
const resumeTitles = Object.fromEntries(
  Object.entries(stageNames)
    .filter(([stage]) => stage !== 'atCapacity')
    .map(([stage, [cn, tw, en]]) => [`project.timeline.resume-${stage}`, { 'zh-CN': `恢复推进（${cn}）`, 'zh-TW': `恢復推進（${tw}）`, en: `Resumed (${en})` }]),
);

export const projectMessages = defineMessages({
  'project.measure.signedProjects': { 'zh-CN': '签约项目数', 'zh-TW': '簽約項目數', en: 'Projects signed' },
  'project.measure.signedAmountWan': { 'zh-CN': '签约金额', 'zh-TW': '簽約金額', en: 'Amount signed' },
  ...resumeTitles,
  'project.notFound': { 'zh-CN': '项目不存在', 'zh-TW': '項目不存在', en: 'No such project' },
  'project.enterpriseRequired': {
    'zh-CN': '请选择企业、新建企业，或从线索创建',
    'zh-TW': '請選擇企業、新建企業，或從線索建立',
    en: 'Choose an enterprise, create one, or start from a lead',
  },
  'project.enterpriseTwice': { 'zh-CN': '已有企业与新建企业只能二选一', 'zh-TW': '已有企業與新建企業只能二選一', en: 'Choose an existing enterprise or a new one, not both' },
  'project.enterpriseNotFound': { 'zh-CN': '企业不存在或已被合并', 'zh-TW': '企業不存在或已被合併', en: 'No such enterprise, or it was merged' },
  'project.visitNotFound': { 'zh-CN': '走访不存在或你无权查看', 'zh-TW': '走訪不存在或你無權查看', en: 'No such visit, or not one you can see' },
  'project.visitOfOtherEnterprise': { 'zh-CN': '企业与走访的企业不一致', 'zh-TW': '企業與走訪的企業不一致', en: "The enterprise is not the visit's" },
  'project.leadNotFound': { 'zh-CN': '线索不存在或你无权查看', 'zh-TW': '線索不存在或你無權查看', en: 'No such lead, or not one you can see' },
  'project.industryUnknown': { 'zh-CN': '国民经济行业分类中没有该代码', 'zh-TW': '國民經濟行業分類中沒有該代碼', en: 'No such GB/T 4754 industry code' },
  'project.regionUnknown': { 'zh-CN': '行政区划代码不存在', 'zh-TW': '行政區劃代碼不存在', en: 'No such GB/T 2260 region code' },
  'project.teamUnknown': { 'zh-CN': '团队不存在或已归档', 'zh-TW': '團隊不存在或已歸檔', en: 'No such team, or it is archived' },
  'project.teamNotYours': { 'zh-CN': '只能放在你所在的团队', 'zh-TW': '只能放在你所在的團隊', en: 'You can only keep it in a team you belong to' },
  'project.managerInvalid': {
    'zh-CN': '项目负责人须是本人或项目所在团队的成员',
    'zh-TW': '項目負責人須是本人或項目所在團隊的成員',
    en: "The manager must be you or a member of the project's team",
  },
  'project.increaseOnlyForIncrease': { 'zh-CN': '只有增资项目才能关联原项目', 'zh-TW': '只有增資項目才能關聯原項目', en: 'Only a capital increase adds to an earlier project' },
  'project.increaseOfOtherEnterprise': {
    'zh-CN': '增资项目须属于原项目的企业',
    'zh-TW': '增資項目須屬於原項目的企業',
    en: "A capital increase belongs to the earlier project's enterprise",
  },
  'project.mayNotWork': {
    'zh-CN': '只有项目负责人、所在团队成员或管理员可以处理该项目',
    'zh-TW': '只有項目負責人、所在團隊成員或管理員可以處理該項目',
    en: 'Only its manager, its team or an administrator may work on this project',
  },
  'project.mayNotManage': {
    'zh-CN': '只有项目负责人或管理员可以更换负责人或设置仅限负责人推进',
    'zh-TW': '只有項目負責人或管理員可以更換負責人或設定僅限負責人推進',
    en: 'Only its manager or an administrator may change the manager or the manager-only limit',
  },
  'project.terminated': { 'zh-CN': '项目已终止，不能再修改', 'zh-TW': '項目已終止，不能再修改', en: 'The project is terminated and can no longer change' },
  'project.notSigned': { 'zh-CN': '项目尚未签约或已终止', 'zh-TW': '項目尚未簽約或已終止', en: 'The project is not signed, or it is terminated' },
  'project.amountReasonRequired': {
    'zh-CN': '协议投资额变更必须填写原因',
    'zh-TW': '協議投資額變更必須填寫原因',
    en: 'An agreed amount changes only with a reason',
  },
  'project.amountUnchanged': { 'zh-CN': '金额与现协议投资额相同', 'zh-TW': '金額與現協議投資額相同', en: 'The amount is the agreed amount already' },
  'project.resignBeforeFirst': {
    'zh-CN': '再次签约的日期不能早于首次签约',
    'zh-TW': '再次簽約的日期不能早於首次簽約',
    en: 'A re-signing cannot be dated before the first signing',
  },
  'project.fileInvalid': {
    'zh-CN': '请选择本项目已上传的文件',
    'zh-TW': '請選擇本項目已上傳的檔案',
    en: 'Choose a file uploaded to this project',
  },
  'project.entityNameRequired': {
    'zh-CN': '企业库中没有该信用代码，请填写新注册企业的名称',
    'zh-TW': '企業庫中沒有該信用代碼，請填寫新註冊企業的名稱',
    en: "The register has no enterprise with this credit code: give the new entity's name",
  },
  'project.notice.stalled': {
    'zh-CN': '项目「{project}」已在当前阶段停留 {days} 天，请推进或说明',
    'zh-TW': '項目「{project}」已在當前階段停留 {days} 天，請推進或說明',
    en: 'The project {project} has been {days} days in its stage: move it on or say why',
  },
  'project.timeline.start': { 'zh-CN': '登记招商项目', 'zh-TW': '登記招商項目', en: 'Project created' },
  'project.timeline.contact': { 'zh-CN': '项目进入接洽', 'zh-TW': '項目進入接洽', en: 'Project in contact' },
  'project.timeline.intent': { 'zh-CN': '项目达成意向', 'zh-TW': '項目達成意向', en: 'Project intent' },
  'project.timeline.negotiate': { 'zh-CN': '项目进入洽谈', 'zh-TW': '項目進入洽談', en: 'Project in negotiation' },
  'project.timeline.sign': { 'zh-CN': '项目签约', 'zh-TW': '項目簽約', en: 'Project signed' },
  'project.timeline.register': { 'zh-CN': '项目公司注册', 'zh-TW': '項目公司註冊', en: 'Project entity registered' },
  'project.timeline.beginConstruction': { 'zh-CN': '项目开工', 'zh-TW': '項目開工', en: 'Construction started' },
  'project.timeline.produce': { 'zh-CN': '项目投产', 'zh-TW': '項目投產', en: 'Project producing' },
  'project.timeline.reachCapacity': { 'zh-CN': '项目达产', 'zh-TW': '項目達產', en: 'Project at capacity' },
  'project.timeline.hold': { 'zh-CN': '项目搁置', 'zh-TW': '項目擱置', en: 'Project put on hold' },
  'project.timeline.terminate': { 'zh-CN': '项目终止', 'zh-TW': '項目終止', en: 'Project terminated' },
  'project.credit.sumNot100': { 'zh-CN': '各项占比之和须为 100%', 'zh-TW': '各項佔比之和須為 100%', en: 'The shares must add up to exactly 100 %' },
  'project.credit.duplicate': { 'zh-CN': '同一人员或团队只能出现一次', 'zh-TW': '同一人員或團隊只能出現一次', en: 'Each officer or team may appear only once' },
  'project.credit.holderRequired': { 'zh-CN': '每项须指定一名人员或一个团队', 'zh-TW': '每項須指定一名人員或一個團隊', en: 'Each share names one officer or one team' },
  'project.credit.userUnknown': { 'zh-CN': '人员不存在或已停用', 'zh-TW': '人員不存在或已停用', en: 'No such officer, or the account is disabled' },
  'project.credit.teamUnknown': { 'zh-CN': '团队不存在或已归档', 'zh-TW': '團隊不存在或已歸檔', en: 'No such team, or it is archived' },
  'project.credit.mayNotSet': {
    'zh-CN': '只有项目负责人、团队负责人或领导可以设置业绩归属',
    'zh-TW': '只有項目負責人、團隊負責人或領導可以設定業績歸屬',
    en: "Only the project's manager, its team's lead or a leader may set its credit",
  },
  'project.rankings.periodInvalid': { 'zh-CN': '期间格式应为 2026、2026-Q2 或 2026-05', 'zh-TW': '期間格式應為 2026、2026-Q2 或 2026-05', en: "A period is a year '2026', a quarter '2026-Q2' or a month '2026-05'" },
  'project.rankings.fileName': { 'zh-CN': '招商业绩排名', 'zh-TW': '招商業績排名', en: 'Project rankings' },
  'project.rankings.by.officer': { 'zh-CN': '按人员', 'zh-TW': '按人員', en: 'By officer' },
  'project.rankings.by.team': { 'zh-CN': '按团队', 'zh-TW': '按團隊', en: 'By team' },
  'project.rankings.column.rank': { 'zh-CN': '名次', 'zh-TW': '名次', en: 'Rank' },
  'project.rankings.column.name': { 'zh-CN': '名称', 'zh-TW': '名稱', en: 'Name' },
  'project.rankings.column.projects': { 'zh-CN': '签约项目数（按占比）', 'zh-TW': '簽約項目數（按佔比）', en: 'Projects signed (by share)' },
  'project.rankings.column.amountWan': { 'zh-CN': '计入投资额（万元，按占比）', 'zh-TW': '計入投資額（萬元，按佔比）', en: 'Amount counted (10k CNY, by share)' },
  'project.rankings.unassigned': { 'zh-CN': '未归属', 'zh-TW': '未歸屬', en: 'Not credited' },
  'project.rankings.teamAsWhole': { 'zh-CN': '{name}（团队整体）', 'zh-TW': '{name}（團隊整體）', en: '{name} (team as a whole)' },
  'project.rankings.total': { 'zh-CN': '合计', 'zh-TW': '合計', en: 'Total' },
});
