import type { Messages } from '../types.js';

export const notify: Messages<'notify'> = {
  heading: '结果出来时通知我',
  intro: '留下您的电子邮箱，结果出来时就能知道。只有在您勾选下面的方框并按“发送”之后，才会发送。',
  email: '电子邮箱',
  'error.title': '有地方需要修改',
  'error.prefix': '错误：',
  'error.email': '请输入电子邮箱，例如 name@example.com。',
  'error.consent': '如果您同意发送您的电子邮箱，请勾选这个方框。',
  send: '发送',
  sending: '正在发送…',
  failed: '我们没能发送您的电子邮箱。内容没有丢失：请检查网络连接，然后再按一次“发送”。',
  sent: '您的电子邮箱已发送。结果出来时，您会收到一封电子邮件。',
};
