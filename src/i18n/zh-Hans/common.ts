import type { Messages } from '../types.js';

export const common: Messages<'common'> = {
  loading: '正在加载研究信息…',
  'fallback.title': '现在无法显示这项研究。',
  'fallback.body': '这个页面出了问题。您仍然可以联系研究团队。',
  'fallback.later': '请稍后再试。',
  'contact.heading': '联系研究团队',
  'contact.call': '打电话：{phone}',
  'contact.email': '发邮件：{email}',
  'contact.website': '访问研究网站',
  newTab: '（在新标签页中打开）',
  /** The title of a clinical term that can be explained (any element may show one). */
  'term.explain': '这是什么意思？',
  draft: '这部分还在编写中。请询问研究团队。',
  onlyIn: '这项研究的信息只有{language}版本。',
};
