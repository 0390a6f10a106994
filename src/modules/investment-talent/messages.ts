import { defineMessages } from '../../platform/i18n/messages.ts';

export const talentMessages = defineMessages({
  'talent.measure.landed': { 'zh-CN': '引进人才（团队）落地数', 'zh-TW': '引進人才（團隊）落地數', en: 'Talent landed' },
  'talent.projectNotFound': { 'zh-CN': '项目不存在或你无权查看', 'zh-TW': '項目不存在或你無權查看', en: 'No such project, or not one you can see' },
  'talent.industryUnknown': { 'zh-CN': '国民经济行业分类中没有该代码', 'zh-TW': '國民經濟行業分類中沒有該代碼', en: 'No such GB/T 4754 industry code' },
  'talent.ownerInvalid': {
    'zh-CN': '跟进人须是本人或所在团队的成员',
    'zh-TW': '跟進人須是本人或所在團隊的成員',
    en: "The owner must be you or a member of the record's team",
  },
  'talent.mayNotWork': {
    'zh-CN': '只有跟进人、所在团队成员或管理员可以处理该人才记录',
    'zh-TW': '只有跟進人、所在團隊成員或管理員可以處理該人才記錄',
    en: 'Only its owner, its team or an administrator may work on this record',
  },
  'talent.ended': { 'zh-CN': '该人才记录已终止，不能再修改', 'zh-TW': '該人才記錄已終止，不能再修改', en: 'The record is ended and can no longer change' },
  'talent.landedInFuture': { 'zh-CN': '落地日期不能晚于今天', 'zh-TW': '落地日期不能晚於今天', en: 'The landing day cannot be after today' },
  'talent.enterpriseNotFound': { 'zh-CN': '企业不存在或已被合并', 'zh-TW': '企業不存在或已被合併', en: 'No such enterprise, or it was merged' },
  'talent.timeline.start': { 'zh-CN': '登记引进人才', 'zh-TW': '登記引進人才', en: 'Talent recorded' },
  'talent.timeline.intent': { 'zh-CN': '人才达成意向', 'zh-TW': '人才達成意向', en: 'Talent intent' },
  'talent.timeline.land': { 'zh-CN': '人才落地', 'zh-TW': '人才落地', en: 'Talent landed' },
  'talent.timeline.hold': { 'zh-CN': '人才引进搁置', 'zh-TW': '人才引進擱置', en: 'Talent put on hold' },
  'talent.timeline.terminate': { 'zh-CN': '人才引进终止', 'zh-TW': '人才引進終止', en: 'Talent ended' },
  'talent.timeline.resume-contact': { 'zh-CN': '恢复接触', 'zh-TW': '恢復接觸', en: 'Resumed (contact)' },
  'talent.timeline.resume-intent': { 'zh-CN': '恢复推进（意向）', 'zh-TW': '恢復推進（意向）', en: 'Resumed (intent)' },
});
