import { FIELD_HEADERS } from './headers';
import type { ExportedFile } from '../platform';
import { addInstructionSheet, newWorkbook, statusValidation, styleHeader, toFile } from '../export/workbook';

/** The template (Arkiv → Mallar): the columns an import reads, two example rows and the rules. */
const COLUMNS = [
  { field: 'number', width: 8 }, { field: 'area', width: 28 }, { field: 'title', width: 45 }, { field: 'description', width: 45 },
  { field: 'responsible', width: 32 }, { field: 'startDate', width: 13 }, { field: 'deadline', width: 13 },
  { field: 'status', width: 14 }, { field: 'comment', width: 40 },
] as const;

const EXAMPLES = [
  ['1.1', 'Insatser för utsatta', 'Rutin för att fråga om våld', 'Alla enheter inom socialtjänsten ska fråga om våld.', 'Socialnämnden', '2025-01-01', '2025-12-31', 'Pågående', 'Rutinen är på remiss.'],
  ['', '', 'Utbildning för personal i förskola och skola', '', 'Barn- och utbildningsnämnden, Socialnämnden', '2025', '2026', '', ''],
];

const RULES = [
  'Rubrikraden kan ha titelrader ovanför sig. Kolumnernas rubriker får skrivas med stora eller små bokstäver.',
  `Kolumner som läses: ${COLUMNS.map((c) => FIELD_HEADERS[c.field][0]).join(', ')}. Åtgärd och Ansvarig nämnd måste finnas.`,
  'Utvecklingsområde: en tom cell betyder samma område som raden ovanför. Tomma rader hoppas över.',
  'Ansvarig nämnd: flera nämnder skiljs med komma, semikolon, radbrytning eller ”och”. Den första är huvudansvarig.',
  'Start och Klart senast: ett datum (2025-12-31 eller 31 december 2025), ett år (2025), en period (2023–2025) eller Löpande.',
  'Status: Ej påbörjad, Pågående, Genomförd eller Avbruten (även t.ex. Klar och Pågår). Tom status betyder ingen lägesrapport.',
  'Mått (frivilligt): en kolumn Mått med måttets namn, Nuläge och Mål med året i rubriken (t.ex. Nuläge 2024 och Mål 2027) och en kolumn '
    + 'Utfall per år (t.ex. Utfall 2025). Tal skrivs som 64 %, 2 480 eller 1,5; en cell som inte är ett tal sparas som kommentar till måttet.',
  'Spara som Excel-arbetsbok (.xlsx) eller CSV. Läs in filen under Import och export i Planuppföljning.',
];

export async function buildPlanTemplate(): Promise<ExportedFile> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Plan');
  sheet.addRow(['Handlingsplan – skriv planens namn här']).font = { bold: true, size: 14 };
  sheet.addRow([]);
  styleHeader(sheet.addRow(COLUMNS.map((c) => FIELD_HEADERS[c.field][0])));
  COLUMNS.forEach((c, i) => { sheet.getColumn(i + 1).width = c.width; });
  for (const example of EXAMPLES) sheet.addRow(example).alignment = { wrapText: true, vertical: 'top' };
  const statusColumn = COLUMNS.findIndex((c) => c.field === 'status') + 1;
  for (let row = 4; row <= 500; row++) sheet.getCell(row, statusColumn).dataValidation = statusValidation();
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  addInstructionSheet(workbook, 'Så fyller du i mallen', RULES);
  return toFile(workbook, 'Mall för import av handlingsplan.xlsx');
}
