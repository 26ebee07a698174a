import { AppError } from '@shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '@shared/domain/transfer';
import type { Sheet } from './cells';
import { readCsv } from './csv';
import { loadWorkbook, readXlsxSheets } from './xlsx';


function refuse(message: string): never {
  throw new AppError('refused_file', `${message} Inget har sparats.`);
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Reads an XLSX or CSV file into plain rows. What it is comes from its bytes, not its name, so a
 * renamed file gets an honest message: the old .xls, ODS, PDF and pictures are named as such.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  if (bytes.length === 0) refuse(`”${fileName}” är tom.`);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) refuse(`”${fileName}” är för stor (högst 5 MB).`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    refuse(`”${fileName}” är i det gamla Excel-formatet (.xls). Öppna den i Excel och spara som Excel-arbetsbok (.xlsx) eller CSV.`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) refuse(`”${fileName}” är en PDF, inte ett kalkylark. Använd en .xlsx- eller .csv-fil.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (isOpenDocument(bytes)) refuse(`”${fileName}” är ett OpenDocument-kalkylark (.ods). Spara det som Excel-arbetsbok (.xlsx) eller CSV och försök igen.`);
    let sheets: Sheet[];
    try {
      sheets = readXlsxSheets(await loadWorkbook(bytes, fileName));
    } catch (error) {
      if (error instanceof AppError) throw error;
      refuse(`”${fileName}” går inte att läsa som Excel-arbetsbok (.xlsx).`);
    }
    if (sheets.length === 0) refuse(`”${fileName}” har inget synligt kalkylblad.`);
    return sheets;
  }
  return [readCsv(bytes, fileName)];
}

/** An OpenDocument file is a ZIP whose first entry, stored uncompressed, is "mimetype". */
function isOpenDocument(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(30, 80));
  return head.startsWith('mimetypeapplication/vnd.oasis.opendocument');
}

/** Base64 from the API, checked before decoding (the schema already limits its length). */
export function decodeBase64(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
