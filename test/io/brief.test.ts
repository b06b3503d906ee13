import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../models/io/brief';

// A 1×1 PNG (white pixel).
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

describe('the Word brief', () => {
  it('opens as a DOCX with the tables, the images and the Chinese text intact', async () => {
    const bytes = await buildBrief(
      {
        title: '工资专项集体协商简报',
        subtitle: '折中方案 对照 现行工资',
        fingerprint: 'abc123def45',
        date: '2026-11-25',
        intro: ['工资总额增长 5.20%,在指导线内。'],
        tables: [
          { title: '能级工资表', header: ['等级', '现月均', '新月均'], rows: [['学徒工', 4391, 5478], ['首席技师', 16493, 19417]] },
          { title: '方案比较', header: ['方案', '工资总额'], rows: [['工会方案', 115525000]] },
        ],
        images: [{ title: '月工资分布', png: PNG, width: 800, height: 400 }],
        footnote: '假设:最低工资 2280 元/月(2022-04-01)。',
      },
      'zh',
    );
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('工资专项集体协商简报');
    expect(xml).toContain('首席技师');
    expect(xml).toContain('abc123def45');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(2);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(true);
  });
});
