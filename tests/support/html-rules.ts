/** The html-validate rules every built page is held to, for the fixture site and the real content alike. */
import type { ConfigData } from 'html-validate';

export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A group of checkboxes shares one name, as the directory's filters do: the form then
    // sends each ticked value (?topic=a&topic=b). The rule allows it for radios only by default.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
