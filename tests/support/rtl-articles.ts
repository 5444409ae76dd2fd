// Articles in right-to-left scripts, one in Chinese and one in English with an
// Arabic paragraph, compiled from Markdown by the real compiler: their
// languages are the ones it detects, and their blocks are what it makes of
// lists, quotes and code. The text-direction spec reads them.
import type { Article } from '../../common/model';
import { compileSource } from '../../compiler/index';

function compiled(path: string, text: string): Article {
  const result = compileSource({ path, bytes: new TextEncoder().encode(text) });
  if ('rejection' in result) throw new Error(`${path}: ${result.rejection.reason}`);
  return result.article;
}

/** A sentence of the Arabic article that starts with a product name in Latin letters. */
export const ARABIC_MIXED =
  'LibreOffice Calc برنامج جداول مجاني، ويسجّل فيه بعض المزارعين محصولهم: سجّل أحدهم 350 كيلوغرامًا من الزيتون في موسم 2024 وحده.';
/** The opening words of the Arabic article's first paragraph, selected to highlight. */
export const ARABIC_QUOTE = 'شجرة الزيتون من أقدم الأشجار المزروعة';
/** The Arabic paragraph of the English article. */
export const ARABIC_IN_ENGLISH = 'تعمل المكتبة دون اتصال بالشبكة، وتعرض كل مقالة باتجاه لغتها.';

export const ARABIC = compiled(
  'olives.md',
  [
    '# زراعة الزيتون',
    '',
    `${ARABIC_QUOTE} حول البحر الأبيض المتوسط، وتعيش الشجرة الواحدة مئات السنين ` +
      'إذا وجدت شمسًا كافية وتربة جيدة التصريف.',
    '',
    '## العناية بالشجرة',
    '',
    '- تحتاج الشجرة إلى شمس كثيرة وماء قليل.',
    '- يُقلَّم الزيتون في أواخر الشتاء، قبل أن يزهر.',
    '- يُجمع الثمر في الخريف، باليد أو بالهز.',
    '',
    '> من زرع الزيتون أطعم أحفاده.',
    '',
    '## تسجيل المحصول',
    '',
    ARABIC_MIXED,
    '',
    'ويجمع هذا البرنامج الصغير أوزان الصناديق كلها:',
    '',
    '```python',
    'def total(weights):',
    '    # every crate, in kilograms',
    '    return sum(weights)',
    '```',
    '',
    'ثم يُعصر الزيت في المعصرة خلال يومين من القطف، ويُحفظ بعيدًا عن الضوء.',
    '',
  ].join('\n'),
);

export const HEBREW = compiled(
  'tomatoes.md',
  [
    '# גידול עגבניות',
    '',
    'עגבניות גדלות היטב בשמש מלאה ובאדמה מנוקזת. משקים אותן בבוקר, ולא בצהרי היום, כדי שהעלים יתייבשו עד הערב.',
    '',
    '- שותלים באביב, אחרי הכפור האחרון.',
    '- קוטפים בקיץ, כשהפרי אדום ורך מעט.',
    '',
  ].join('\n'),
);

export const ENGLISH_WITH_ARABIC = compiled(
  'directions.md',
  [
    '# Reading in many scripts',
    '',
    'The reader shows each article in the direction its language is written, and a paragraph in another script in its own.',
    '',
    ARABIC_IN_ENGLISH,
    '',
    'The rest of this article is in English again, left to right as before.',
    '',
  ].join('\n'),
);

export const CHINESE = compiled(
  'tea.md',
  [
    '# 绿茶的冲泡',
    '',
    '绿茶不经发酵，保留了茶叶本来的颜色和香气。冲泡时水温不宜太高，八十度左右最合适，否则茶汤会变苦。',
    '',
    '## 步骤',
    '',
    '- 先用热水温杯。',
    '- 放入三克茶叶，注水至七分满。',
    '- 等待两分钟后即可饮用，可以续水两到三次。',
    '',
    '> 好茶要慢慢品。',
    '',
  ].join('\n'),
);
