const CONTROL_CHARACTER =
  'often pasted from Word or a PDF (expected ordinary text: delete the character, or retype the words around it)';

const NO_EMAIL =
  "(expected no email addresses in text: a contact's address belongs in their email field only)";
const NO_PHONE = '(expected no phone numbers: readers contact volunteers through the request form)';
const KNOWN_CONTACT_FIELDS =
  '(expected one of: name, knownAs, pronouns, title, department, location, email, bio, askMeAbout, helpsWith, notFor, careerPath, languages, formats, capacity, accepting, confirmed)';
const INVISIBLE =
  'which can make text look like other text or read backwards (expected ordinary text: delete the character, or retype the words around it)';

const NOT_ALLOWED_HOST =
  'which is not an allowed host for links (expected an https link to groups.fixture.edu or sapweb.fixture.edu; to link to another site, add its host to links.hosts in site.config.yaml)';
const EMBEDDED =
  'which shows another site or file inside the page (expected a link to it instead, such as [Watch the recording](https://...))';
const UNSAFE_LINK =
  'which can run code or open content the site cannot check (expected a https:// or mailto: address, or a page of this site such as /guides/start-here/)';
const CONTENT_COMPONENTS_ONLY =
  "(expected only the site's content components from src/components/content/, such as import QuestionBank from '../../src/components/content/QuestionBank.astro';)";

/**
 * Bad fixtures that the build used to read differently from the validator, or that only the build
 * used to catch, with every error line they give. npm run validate (tests/unit/validation.test.ts)
 * and the build (tests/project-builds/build-fails.test.ts) must both give exactly these lines.
 */
const PLACEHOLDERS_THERE_ARE =
  '(expected %institution% and %institution-short%: %institution% for the full name of the institution, %institution-short% for its name in a sentence, both from site.config.yaml)';

export const exactCases: Record<string, string[]> = {
  // The institution's names: the one-line form of older configurations, and misspelt or
  // unquoted placeholders in content, in a field and in a guide's words.
  'config-institution-one-line': [
    'site.config.yaml:1:14 institution: "Fixture University" is one name, and the site needs two (expected two lines indented under "institution:": "name: Fixture University" for the full name, and a shortName for the name as a sentence uses it, such as "shortName: the University")',
  ],
  'placeholder-unknown-in-field': [
    `content/groups/budget-circle.yaml:2:43 summary: "%institute%" is not a placeholder; did you mean "%institution%"? ${PLACEHOLDERS_THERE_ARE}`,
  ],
  'placeholder-unknown-in-guide': [
    `content/guides/start-here.mdx:13:23 body: "%institution-shrt%" is not a placeholder; did you mean "%institution-short%"? ${PLACEHOLDERS_THERE_ARE}`,
  ],
  'placeholder-unquoted-at-start': [
    'content/groups/budget-circle.yaml:2:10 YAML syntax: this value starts with "%", which YAML does not allow in a value without quotes (expected the value in quotes, as every value that starts with a placeholder is: put it in quotes, as in summary: "%institution-short% budget holders meet to share tips.")',
  ],
  // Text from an entry that a terminal or the GitHub Actions runner would act on is printed as
  // visible escapes: no line of output starts with "::", none moves the cursor or colours text.
  'unknown-key-workflow-commands': [
    `content/contacts/ada-lovelace.yaml:25:1 notes\\n::error file=README.md::x: is not a known field ${KNOWN_CONTACT_FIELDS}`,
    `content/contacts/ada-lovelace.yaml:26:1 more\\n::stop-commands::tok: is not a known field ${KNOWN_CONTACT_FIELDS}`,
  ],
  'legacy-command-in-key': [
    `content/contacts/ada-lovelace.yaml:25:1 #\\u0023[stop-commands]tok: is not a known field ${KNOWN_CONTACT_FIELDS}`,
  ],
  'ansi-escape-in-key': [
    `content/contacts/ada-lovelace.yaml:25:1 \\u001b[1A\\u001b[2K\\r\\u001b[32mContent is valid: 6 entries checked, 0 warnings.\\u001b[0m: contains an invisible character, U+001B (an escape character), ${CONTROL_CHARACTER}`,
  ],
  // Files that are not what they claim.
  'yaml-alias-bomb': [
    'content/contacts/ada-lovelace.yaml:2:4 a: uses the YAML anchor "&a" (expected each value written out in full where it is used)',
    'content/contacts/ada-lovelace.yaml:3:4 has 79 more YAML anchors and aliases from here on (expected each value written out in full where it is used: aliases of aliases can stand for billions of values, so none is read)',
    'content/contacts/ada-lovelace.yaml:3:8 b[0]: uses the YAML alias "*a" (expected the value written out in full here)',
  ],
  'yaml-deep-nesting': [
    'content/contacts/ada-lovelace.yaml:17:44 nests lists or groups of fields in brackets more than 32 deep (expected fields a few levels deep, as in the other entries)',
  ],
  'folder-named-like-entry': [
    'content/contacts/ada-king.yaml:1:1 is a folder, not a file (expected a file with the fields of the entry: rename the folder, or move its files out of it)',
  ],
  // The two optional fields a request and a profile show: a list where a name goes, and too much.
  'known-as-and-not-for-wrong': [
    'content/contacts/ada-lovelace.yaml:3:3 knownAs: a list is not text (expected the name to greet the person by in a request, such as "Sam")',
    'content/contacts/ada-lovelace.yaml:16:9 notFor: is 229 characters long (expected what the person would rather not be asked about, such as "individual salary questions", at most 200 characters)',
  ],
  'control-character': [
    `content/contacts/ada-lovelace.yaml:7:58 bio: contains an invisible character, U+000B (a vertical tab), ${CONTROL_CHARACTER}`,
  ],
  // A list file as older checkouts have it, before lists were named for the web editor. The
  // contacts' departments are not reported as unknown: the file's own message is the one to act on.
  'list-without-its-name': [
    'content/taxonomies/departments.yaml:1:1 is a list with no name above it, which the web editor cannot open (expected "departments:" on the first line after the comments, then the department entries indented two spaces under it, each starting with "- id:")',
  ],
  // One syntax error in a list file: the items the parser still read are checked field by field.
  'list-syntax-error': [
    'content/taxonomies/topics.yaml:6:5 YAML syntax: "name Data analysis" has no colon after the field name (expected "field: value": add the colon, as in name: Data analysis)',
    'content/taxonomies/topics.yaml:8:9 topics[2].id: "Public Speaking" is not a valid id (expected an id of lowercase letters, digits and hyphens, such as "human-resources")',
    'content/taxonomies/topics.yaml:12:5 topics[3].nmae: is not a known field; did you mean "name"? (expected one of: id, name, description)',
  ],
  'control-character-in-questions': [
    `content/questions.yaml:9:26 questions[1].question: contains an invisible character, U+000C (a form feed), ${CONTROL_CHARACTER}`,
  ],
  // A question's goals are goal ids, checked like a contact's helpsWith.
  'question-unknown-goal': [
    'content/questions.yaml:6:13 questions[0].goals[0]: "skils" is not a known goal; did you mean skills (Skills that matter)? (expected a goal id from content/taxonomies/goals.yaml)',
  ],
  'control-character-in-guide': [
    `content/guides/start-here.mdx:13:8 contains an invisible character, U+000B (a vertical tab), ${CONTROL_CHARACTER}`,
  ],
  'guide-component-not-imported': [
    "content/guides/question-bank.mdx:13:1 uses <QuestionBank />, which is not imported (expected a line such as import QuestionBank from '../../src/components/content/QuestionBank.astro'; below the frontmatter)",
  ],
  'guide-import-missing-file': [
    'content/guides/question-bank.mdx:10:27 imports "../../src/components/content/QuestionBnk.astro", a file that does not exist; did you mean "QuestionBank.astro"? (expected the path of a component in src/components/content/, written as in the other guides)',
  ],

  'guide-less-than-sign': [
    'content/guides/start-here.mdx:13:16 has a "<" that MDX reads as the start of a tag (expected text: write "less than", or &lt; for the sign itself)',
  ],
  'workshop-meta-refresh': [
    'content/workshops/intro-workshop.md:31:1 has a <meta> tag, which can send readers to another page or site (expected text only: delete the tag, and link to another page with [the words to click](https://...))',
  ],
  'workshop-sign-in-form': [
    'content/workshops/intro-workshop.md:31:1 has a form (<form>), which could ask readers for a password or other details (expected a link to the real form instead, such as [Register in the training system](https://...))',
  ],
  'workshop-iframe': [
    `content/workshops/intro-workshop.md:31:1 has embedded content (<iframe>), ${EMBEDDED}`,
  ],
  'workshop-object': [
    `content/workshops/intro-workshop.md:31:1 has embedded content (<object>), ${EMBEDDED}`,
  ],
  'workshop-script': [
    "content/workshops/intro-workshop.md:31:1 has a <script> tag, code that would run in the reader's browser (expected text only: a page body cannot run code, so delete the tag)",
  ],
  'workshop-style': [
    "content/workshops/intro-workshop.md:31:1 has styles (<style>), which can hide or change what readers see (expected plain Markdown: the site's own styles apply)",
  ],
  'workshop-event-attribute': [
    "content/workshops/intro-workshop.md:29:25 has an event attribute (onmouseover) on <span>, code that would run in the reader's browser (expected Markdown without HTML: delete the tag and its attributes)",
  ],
  'workshop-javascript-link': [
    `content/workshops/intro-workshop.md:29:20 links to "javascript:alert(document.cookie)", a javascript: link, ${UNSAFE_LINK}`,
  ],
  'workshop-data-link': [
    `content/workshops/intro-workshop.md:29:20 links to "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", a data: link, ${UNSAFE_LINK}`,
  ],
  'workshop-http-link': [
    'content/workshops/intro-workshop.md:29:20 links to "http://facilities.fixture.edu/rooms/2", which is not https, so readers could be shown another page on the way (expected https://facilities.fixture.edu/rooms/2, if that site offers https)',
  ],
  'guide-link-to-missing-page': [
    'content/guides/start-here.mdx:13:27 links to "/guides/question-bnk/", a page the site does not have; did you mean "/guides/question-bank/"? (expected the address of a page of this site, such as /guides/ or /workshops/, ending in "/")',
  ],
  'guide-import-node-fs': [
    `content/guides/question-bank.mdx:11:32 imports "node:fs", code that would run when the site is built ${CONTENT_COMPONENTS_ONLY}`,
  ],
  'guide-import-package': [
    `content/guides/question-bank.mdx:11:23 imports "canvas-confetti", code that would run when the site is built ${CONTENT_COMPONENTS_ONLY}`,
  ],
  'guide-import-outside-components': [
    `content/guides/question-bank.mdx:11:26 imports "../../src/components/ContactCard.astro", which is not in src/components/content/ ${CONTENT_COMPONENTS_ONLY}`,
  ],
  'guide-export': [
    'content/guides/question-bank.mdx:11:1 exports code, "export const host = process.env.HOSTNAME;", which would run when the site is built (expected no export lines: a guide is text and content components)',
  ],
  'guide-expression': [
    'content/guides/start-here.mdx:13:17 has {new Date().getFullYear()}, code that MDX would run when the site is built (expected text: write \\{ and \\} for the braces themselves)',
  ],
  'guide-html-element': [
    'content/guides/start-here.mdx:15:1 has the HTML tag <div>, and bodies take no HTML (expected a blank line between paragraphs)',
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
  'email-fullwidth-at-in-bio': [
    `content/contacts/ada-lovelace.yaml:7:6 bio: contains what looks like an email address, "alovelace＠fixture.edu" ${NO_EMAIL}`,
  ],
  'email-in-name': [
    `content/contacts/ada-lovelace.yaml:1:7 name: contains what looks like an email address, "alovelace@fixture.edu" ${NO_EMAIL}`,
  ],
  'email-in-pronouns': [
    `content/contacts/ada-lovelace.yaml:2:11 pronouns: contains what looks like an email address, "ada at fixture dot edu" ${NO_EMAIL}`,
  ],
  'email-in-languages': [
    `content/contacts/ada-lovelace.yaml:19:5 languages[1]: contains what looks like an email address, "ada[at]fixture[dot]edu" ${NO_EMAIL}`,
  ],
  'phone-en-dashes-in-title': [
    `content/contacts/ada-lovelace.yaml:3:8 title: contains what looks like a phone number, "617–555–0123" ${NO_PHONE}`,
  ],
  'phone-slashes-in-career-path': [
    `content/contacts/ada-lovelace.yaml:14:12 careerPath[0].title: contains what looks like a phone number, "617/555/0199" ${NO_PHONE}`,
  ],
  'phone-fullwidth-digits-in-career-path': [
    `content/contacts/ada-lovelace.yaml:15:19 careerPath[0].organization: contains what looks like a phone number, "６１７ ５５５ ０１４２" ${NO_PHONE}`,
  ],
  'right-to-left-override-in-name': [
    `content/contacts/ada-lovelace.yaml:1:7 name: contains an invisible character, U+202E (a right-to-left override), ${INVISIBLE}`,
  ],
  'zero-width-space-in-pronouns': [
    `content/contacts/ada-lovelace.yaml:2:11 pronouns: contains an invisible character, U+200B (a zero-width space), ${INVISIBLE}`,
  ],
  'duplicate-email-plus-tag': [
    'content/contacts/ada-king.yaml:6:8 email: "ALovelace+HR@fixture.edu" is the same address as "alovelace@fixture.edu", already listed by content/contacts/ada-lovelace.yaml, confirmed 2026-06-01 (expected one listing per person: capitals and a +tag do not make another address)',
  ],
  'email-in-workshop': [
    `content/workshops/intro-workshop.md:9:14 facilitator: contains what looks like an email address, "learning@fixture.edu" ${NO_EMAIL}`,
  ],
  'phone-in-workshop-body': [
    `content/workshops/intro-workshop.md:29:36 body: contains what looks like a phone number, "(617) 555-0142" ${NO_PHONE}`,
  ],
  'phone-in-session-note': [
    `content/workshops/intro-workshop.md:24:11 sessions[1].note: contains what looks like a phone number, "+1 617 555 0100" ${NO_PHONE}`,
  ],
  'email-in-group': [
    `content/groups/budget-circle.yaml:2:10 summary: contains what looks like an email address, "budget at fixture dot edu" ${NO_EMAIL}`,
  ],
  'phone-in-guide-body': [
    `content/guides/start-here.mdx:13:38 body: contains what looks like a phone number, "617.555.0177" ${NO_PHONE}`,
  ],
  'email-in-guide-body': [
    `content/guides/start-here.mdx:13:36 body: contains what looks like an email address, "ghopper@fixture.edu" ${NO_EMAIL}`,
  ],
  'group-join-not-https': [
    'content/groups/budget-circle.yaml:6:8 join.url: "http://groups.fixture.edu/budget" is not an https web address (expected a web address starting with https://)',
  ],
  'group-join-host-not-allowed': [
    `content/groups/budget-circle.yaml:6:8 join.url: "https://lists.evil.test/budget" leads to lists.evil.test, ${NOT_ALLOWED_HOST}`,
  ],
  'group-join-look-alike-host': [
    `content/groups/budget-circle.yaml:6:8 join.url: "https://groups.fixture.edu.evil.test/budget" leads to groups.fixture.edu.evil.test, ${NOT_ALLOWED_HOST}`,
  ],
  'group-join-user-info': [
    'content/groups/budget-circle.yaml:6:8 join.url: "https://groups.fixture.edu@evil.test/budget" has "groups.fixture.edu@" before its host, so it leads to evil.test (expected a link with only the host name between https:// and the path)',
  ],
  'config-url-with-credentials': [
    'site.config.yaml:4:6 url: "https://admin:pw@hr.fixture.edu" carries a user name or password (expected the https address of the host only, such as https://hr.example.edu: the address is copied into every page, so a password in it would be published)',
  ],
  'config-hr-email-invalid': [
    'site.config.yaml:19:10 humanResources.email: "people at fixture.edu" is not a valid email address (expected name@domain)',
  ],
  'config-hr-form-not-https': [
    'site.config.yaml:20:15 humanResources.signUpForm: "http://forms.fixture.edu/join" is not an https web address (expected a web address starting with https://)',
  ],
  'config-url-with-query': [
    'site.config.yaml:4:6 url: "https://hr.fixture.edu/?preview=1" carries a query or fragment (expected the https address of the host only, such as https://hr.example.edu, with no "?" or "#" part)',
  ],
  // What npm run new writes for a bio it was not given: refused until the person's own words replace it.
  'bio-placeholder': [
    'content/contacts/ada-lovelace.yaml:7:6 bio: is a placeholder (expected one to three sentences the person has approved)',
  ],
  // YAML syntax errors in plain words, each with the fix; a file with one is still checked
  // wherever the error leaves it readable.
  'yaml-syntax': [
    'content/contacts/ada-lovelace.yaml:7:6 YAML syntax: the quote " that starts this value is never closed (expected another " at the end of the value: close the quote)',
  ],
  'yaml-unclosed-quote': [
    'content/contacts/ada-lovelace.yaml:16:12 YAML syntax: the quote " that starts this value is never closed (expected another " at the end of the value: close the quote)',
  ],
  'yaml-missing-colon': [
    'content/contacts/ada-lovelace.yaml:3:1 YAML syntax: "title Budget Analyst" has no colon after the field name (expected "field: value": add the colon, as in title: Budget Analyst)',
  ],
  'yaml-colon-in-value': [
    'content/contacts/ada-lovelace.yaml:3:8 YAML syntax: the colon in Analyst: Budget and Planning makes YAML read another field inside this one (expected the value in quotes: put it in quotes, as in title: "Analyst: Budget and Planning")',
  ],
  'yaml-tab-indent': [
    'content/contacts/ada-lovelace.yaml:10:1 YAML syntax: this line is indented with a tab (expected spaces: replace the tab with spaces, so the line starts under the field it belongs to)',
  ],
  'config-accent-comment': [
    'site.config.yaml:7:11 theme.accent: is empty, because YAML reads everything after " #" as a note to itself (expected the value in quotes: put it in quotes, as in accent: "#8a1538")',
  ],
  'syntax-error-and-field-problems': [
    'content/contacts/ada-lovelace.yaml:6:8 email: "nope@" is not a valid email address (expected name@domain)',
    'content/contacts/ada-lovelace.yaml:22:11 capacity: "two" is not a number (expected conversations a month, a whole number)',
    'content/contacts/ada-lovelace.yaml:24:1 YAML syntax: "confirmed 2026-06-01" has no colon after the field name (expected "field: value": add the colon, as in confirmed: 2026-06-01)',
  ],
  // A term written as its name is answered with its id.
  'department-written-as-name': [
    'content/contacts/ada-lovelace.yaml:4:13 department: "Finance" is not a known department; did you mean vpf (Finance)? (expected a department id from content/taxonomies/departments.yaml)',
  ],
  'topics-written-as-names': [
    'content/contacts/ada-lovelace.yaml:8:14 askMeAbout[0]: "Budgeting" is not a known topic; did you mean budgeting (Budgeting)? (expected a topic id from content/taxonomies/topics.yaml)',
    'content/contacts/ada-lovelace.yaml:8:25 askMeAbout[1]: "data analysis" is not a known topic; did you mean data-analysis (Data analysis)? (expected a topic id from content/taxonomies/topics.yaml)',
  ],
  'location-written-as-name': [
    'content/contacts/ada-lovelace.yaml:5:11 location: "main" is not a known location; did you mean main-campus (Main campus)? (expected a location id from content/taxonomies/locations.yaml)',
  ],
  'goal-written-as-name': [
    'content/contacts/ada-lovelace.yaml:12:5 helpsWith[0]: "skills that matter" is not a known goal; did you mean skills (Skills that matter)? (expected a goal id from content/taxonomies/goals.yaml)',
  ],
};
