/** "2.3 Samverkan med Kriminalvården", or just the title when the åtgärd has no number. */
export function actionName(action: { number: string; title: string }): string {
  return [action.number.trim(), action.title].filter(Boolean).join(' ');
}
