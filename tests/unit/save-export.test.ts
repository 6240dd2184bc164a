import { describe, expect, it, vi } from 'vitest';
import { noDialogs, type Dialogs } from '../../electron/backend/dialogs';
import { saveExport } from '../../electron/backend/reports/save-export';

const file = {
  fileName: 'participant-list-lyon-2026-11-18.pdf',
  mimeType: 'application/pdf',
  bytes: Buffer.from('%PDF-1.7 test'),
};

function nativeDialogs(answer: string | null) {
  const saveFile = vi.fn<Dialogs['saveFile']>(() => Promise.resolve(answer));
  const dialogs: Dialogs = { available: true, saveFile, openFile: () => Promise.resolve(null) };
  return { dialogs, saveFile };
}

describe('saveExport', () => {
  it('hands the bytes back to download when there is no native dialog (browser host)', async () => {
    const write = vi.fn(() => Promise.resolve());
    const saved = await saveExport(noDialogs, file, 'Save', write);
    expect(saved).toEqual({
      outcome: 'download',
      fileName: file.fileName,
      mimeType: 'application/pdf',
      base64: file.bytes.toString('base64'),
    });
    expect(write).not.toHaveBeenCalled();
  });

  it('asks where to save with the file’s name and type, writes there, and sends no bytes back', async () => {
    const { dialogs, saveFile } = nativeDialogs('/home/ana/Reports/annex.pdf');
    const write = vi.fn(() => Promise.resolve());
    const saved = await saveExport(dialogs, file, 'Save the list', write);
    expect(saveFile).toHaveBeenCalledWith({
      title: 'Save the list',
      defaultName: file.fileName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(write).toHaveBeenCalledWith('/home/ana/Reports/annex.pdf', file.bytes);
    expect(saved).toEqual({
      outcome: 'saved',
      fileName: 'annex.pdf',
      path: '/home/ana/Reports/annex.pdf',
    });
  });

  it('writes nothing when the user closes the dialog', async () => {
    const { dialogs } = nativeDialogs(null);
    const write = vi.fn(() => Promise.resolve());
    expect(await saveExport(dialogs, file, 'Save', write)).toEqual({ outcome: 'cancelled' });
    expect(write).not.toHaveBeenCalled();
  });
});
