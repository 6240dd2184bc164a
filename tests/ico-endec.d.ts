// The little of ico-endec (which ships no types) that the icon test reads.
declare module 'ico-endec' {
  interface IconEntry {
    width: number;
    height: number;
    imageType: 'png' | 'bmp';
    imageData: Buffer;
  }
  const icoEndec: {
    encode(images: (Buffer | ArrayBuffer)[]): Buffer;
    decode(ico: Buffer | ArrayBuffer): IconEntry[];
  };
  export default icoEndec;
}
