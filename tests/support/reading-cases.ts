const CONTROL_CHARACTER =
  'often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)';

/**
 * Bad fixtures that the build used to read differently from the validator, or that only the build
 * used to catch, with every error line they give. npm run validate (tests/unit/validation.test.ts)
 * and the build (tests/build/build-fails.test.ts) must both give exactly these lines.
 */
export const exactCases: Record<string, string[]> = {
  'control-character': [
    `content/contacts/ada-lovelace.yaml:7:58 bio: contains an invisible character, U+000B (a vertical tab), ${CONTROL_CHARACTER}`,
  ],
  'control-character-in-questions': [
    `content/questions.yaml:7:24 [1].question: contains an invisible character, U+000C (a form feed), ${CONTROL_CHARACTER}`,
  ],
  'control-character-in-guide': [
    `content/guides/start-here.mdx:13:8 contains an invisible character, U+000B (a vertical tab), ${CONTROL_CHARACTER}`,
  ],
  'guide-component-not-imported': [
    "content/guides/question-bank.mdx:13:1 uses <QuestionBank />, which is not imported (expected a line such as import QuestionBank from '../../src/components/QuestionBank.astro'; below the frontmatter)",
  ],
  'guide-import-missing-file': [
    'content/guides/question-bank.mdx:10:27 imports "../../src/components/QuestionBnk.astro", a file that does not exist; did you mean "QuestionBank.astro"? (expected the path of a component from src/components/, written as in the other guides)',
  ],
  'guide-less-than-sign': [
    'content/guides/start-here.mdx:13:16 has a "<" that MDX reads as the start of a tag (expected text: write "less than", or &lt; for the sign itself)',
  ],
  'unknown-yaml-tag': [
    'content/contacts/ada-lovelace.yaml:3:8 title: uses the YAML tag "!foo" (expected a plain value; to keep a value as text, put it in quotes)',
  ],
  'yaml-1-1-directive': [
    'content/contacts/ada-lovelace.yaml:1:1 "%YAML 1.1" is a YAML directive, which changes how values such as yes, no and 010 are read (expected the file to start with its fields: delete this line)',
  ],
  'yaml-anchor-alias': [
    'content/contacts/ada-lovelace.yaml:15:19 careerPath[0].organization: uses the YAML anchor "&office" (expected each value written out in full where it is used)',
    'content/contacts/ada-lovelace.yaml:18:19 careerPath[1].organization: uses the YAML alias "*office" (expected the value written out in full here)',
  ],
  'yaml-merge-key': [
    'content/contacts/ada-lovelace.yaml:15:5 careerPath[0]: "<<" copies the fields of another entry, which this site does not read (expected each field written out in full)',
  ],
  'yaml-non-string-key': [
    'content/contacts/ada-lovelace.yaml:25:1 "2019" is not a field name (expected a name such as title, then a colon and the value)',
  ],
  'registration-url-upper-case-host': [
    'content/workshops/intro-workshop.md:25:8 registration.url: "https://SAPweb.fixture.edu/training/intro" has capital letters in its host name (expected the address written as browsers write it: https://sapweb.fixture.edu/training/intro)',
  ],
  'registration-url-with-space': [
    'content/workshops/intro-workshop.md:25:8 registration.url: "https://sapweb.fixture.edu/training/intro workshop" contains a space (expected the address written as browsers write it: https://sapweb.fixture.edu/training/intro%20workshop)',
  ],
  'registration-url-calendar-rejects': [
    'content/workshops/intro-workshop.md:25:8 registration.url: "https://sapweb.fixture.edu:8/training/intro" is an address calendar apps cannot open (expected a web address such as https://sapweb.example.edu/training, with a lower-case host name, no spaces and no unusual port)',
  ],
};
