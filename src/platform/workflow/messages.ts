import { defineMessages } from '../i18n/messages.ts';

export const workflowMessages = defineMessages({
  'workflow.unknownAction': { 'zh-CN': '没有这个操作', 'zh-TW': '沒有這個操作', en: 'No such action' },
  'workflow.wrongState': {
    'zh-CN': '记录当前的状态不能执行此操作',
    'zh-TW': '記錄目前的狀態不能執行此操作',
    en: "This action is not possible in the record's current state",
  },
  'workflow.wrongState.detail': {
    'zh-CN': '记录可能刚被他人处理过，请刷新后查看',
    'zh-TW': '記錄可能剛被他人處理過，請重新整理後查看',
    en: 'Someone may have just acted on it; reload the record to see where it stands',
  },
  'workflow.notAllowed': {
    'zh-CN': '你不能对此记录执行此操作',
    'zh-TW': '你不能對此記錄執行此操作',
    en: 'You may not take this action on this record',
  },
  'workflow.attachmentInvalid': {
    'zh-CN': '附件不存在或不属于此记录',
    'zh-TW': '附件不存在或不屬於此記錄',
    en: 'No such attachment on this record',
  },
});
