// linebreak (UAX #14, the line breaker pdfkit itself uses) ships no types.
declare module 'linebreak' {
  interface Break {
    /** Index in the text where a new line may (or, when required, must) begin. */
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
