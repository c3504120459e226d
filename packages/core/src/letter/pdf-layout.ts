/** Points (PDF units) per millimetre. */
const MM = 72 / 25.4;

/** Millimetres to points. */
export function mm(value: number): number {
  return value * MM;
}

/**
 * DIN 5008 form B on A4, in points from the top-left corner of the page. Figures from
 * secondary descriptions of the standard (the standard itself is not freely available).
 */
export const DIN = {
  pageWidth: mm(210),
  pageHeight: mm(297),
  /** Alignment line of all text blocks. */
  left: mm(25),
  right: mm(210 - 20),
  /** Top margin of continuation pages (and where the letterhead starts on page 1). */
  top: mm(15),
  /** Body text stops here; the page number sits below. */
  bottom: mm(297 - 25),
  letterhead: { left: mm(105), top: mm(12), bottom: mm(43) },
  /** Anschriftfeld: 85 × 45 mm, 20 mm from the left, 45 mm from the top (form B). */
  addressField: {
    left: mm(20),
    /** Text inside the field starts on the 25 mm alignment line. */
    textLeft: mm(25),
    right: mm(20 + 85),
    top: mm(45),
    /** End of the 17.7 mm return-address zone, start of the 6-line address zone. */
    zoneSplit: mm(45 + 17.7),
    bottom: mm(45 + 45),
  },
  /** Information block: 125 mm from the left, level with the top of the address field. */
  infoBlock: { left: mm(125), top: mm(45) },
  /** Short marks on the left edge: folds at 105 and 210 mm, punch at 148.5 mm. */
  marks: {
    x: mm(4),
    foldLength: mm(5),
    punchLength: mm(7),
    folds: [mm(105), mm(210)],
    punch: mm(148.5),
  },
  /** Baseline area of the "Seite 2 von 3" line. */
  pageNumberTop: mm(297 - 17),
} as const;

/** Font sizes and spacing in points. */
export const TYPE = {
  body: 10,
  /** Extra space between lines of body text (DejaVu Sans at 10 pt is 11.6 pt high). */
  lineGap: 1,
  small: 8,
  letterhead: 9,
  letterheadName: 11,
  /** Recipient lines: 6 lines fill the 27.3 mm address zone. */
  addressPitch: mm(27.3) / 6,
  addressMinSize: 8,
  maxAddressLines: 8,
} as const;

/** Width of the text column. */
export const TEXT_WIDTH = DIN.right - DIN.left;
