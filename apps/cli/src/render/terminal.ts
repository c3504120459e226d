// Every stored or third-party text the CLI prints goes through these (defined in core, so
// that one rule decides what a terminal may receive).
export {
  isPlainJsonText,
  terminalBlock,
  terminalJson,
  terminalJsonString,
  terminalValue,
} from '@widerspruch/core/terminal';
