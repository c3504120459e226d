import { describeScanHardening } from '../test/hardening-suite.js';
import type { OpenZip } from '../test/zip-source-contract.js';
import { describeZipSourceContract } from '../test/zip-source-contract.js';
import { openZipBlob } from './blob-source.js';

const openBlob: OpenZip = async (bytes, name) =>
  openZipBlob(new Blob([bytes as Uint8Array<ArrayBuffer>]), name);

describeZipSourceContract('Blob with DecompressionStream', openBlob);
describeScanHardening('Blob with DecompressionStream', openBlob);
