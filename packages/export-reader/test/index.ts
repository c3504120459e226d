export * from './exports.js';
export * from './exports-generations.js';
export * from './exports-other.js';
export { type HostileFixture, hostileCorpus, writeHostileCorpus } from './fixtures/make-hostile.js';
export { describeScanHardening } from './hardening-suite.js';
export { type FileMap, memorySource } from './memory-source.js';
export { metaJson } from './meta-json.js';
export { codeOf, describeZipSourceContract, type OpenZip, readAll } from './zip-source-contract.js';
export { concat, type ZipFileSpec, zipBytes } from './zip-writer.js';
