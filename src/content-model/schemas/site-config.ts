import { z } from 'astro/zod';
import { contrastRatio } from '../../shared/contrast.ts';
import { count, email, entry, expecting, text, yesNo } from './fields.ts';
import { configLink } from './link-fields.ts';
import { describeValue } from './describe-value.ts';

/** The page backgrounds in src/styles/global.css: the accent is used for links on them. */
export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#16161a';
const MINIMUM_CONTRAST = 4.5;

const hexColour = z
  .string({ error: expecting('a colour written as #rrggbb, such as #8a1538') })
  .regex(/^#[0-9a-fA-F]{6}$/, {
    error: expecting('a colour written as #rrggbb, such as #8a1538', (v) => `${v} is not a colour`),
  });

const hostName = z
  .string({ error: expecting('a host name such as sapweb.example.edu') })
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: expecting(
      'a host name such as sapweb.example.edu, without https:// or a path',
      (v) => `${v} is not a host name`,
    ),
  });

const domain = hostName;

/** The git hosts the web editor (Decap CMS) can commit to. */
export const GIT_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/** An https address of the editor's sign-in relay or git host. */
function editingAddress(expected: string) {
  return z
    .string({ error: expecting(expected) })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: expecting(expected, (v) => `${v} is not an https address`),
    })
    .describe(`${expected.charAt(0).toUpperCase()}${expected.slice(1)}.`);
}

/** A host links may point to, or ".example.edu" for every host under example.edu. */
const linkHost = z
  .string({ error: expecting('a host name such as groups.example.edu') })
  .regex(/^\.?(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, {
    error: expecting(
      'a host name such as groups.example.edu, or .example.edu for every host under example.edu, without https:// or a path',
      (v) => `${v} is not a host name`,
    ),
  });

const siteAddress = z
  .string({
    error: expecting('the address the site is published at, such as https://hr.example.edu'),
  })
  .refine(
    (value) =>
      URL.canParse(value) &&
      new URL(value).protocol === 'https:' &&
      new URL(value).pathname === '/',
    {
      error: expecting(
        'the https address of the host only, such as https://hr.example.edu (the path goes in "base")',
        (v) => `${v} is not a site address`,
      ),
    },
  )
  // The address is copied into robots.txt, the sitemap and every canonical link.
  .refine((value) => !URL.canParse(value) || !/^[^/]*\/\/[^/?#]*@/.test(value), {
    error: expecting(
      'the https address of the host only, such as https://hr.example.edu: the address is copied into every page, so a password in it would be published',
      (v) => `${v} carries a user name or password`,
    ),
  })
  .refine((value) => !URL.canParse(value) || !/[?#]/.test(value), {
    error: expecting(
      'the https address of the host only, such as https://hr.example.edu, with no "?" or "#" part',
      (v) => `${v} carries a query or fragment`,
    ),
  });

const basePath = z
  .string({ error: expecting('the path the site lives under, such as / or /networking') })
  .regex(/^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?$/, {
    error: expecting(
      'a path such as / or /networking, starting with / and without a trailing /',
      (v) => `${v} is not a base path`,
    ),
  })
  .default('/');

/** A link colour must stay readable on its background. */
function readableAccent(background: string, scheme: string) {
  // A value that is not a colour at all is already reported by hexColour.
  const isHex = (colour: string) => /^#[0-9a-fA-F]{6}$/.test(colour);
  return hexColour.refine(
    (colour) => !isHex(colour) || contrastRatio(colour, background) >= MINIMUM_CONTRAST,
    {
      error: (issue) =>
        `"${String(issue.input)}" has a contrast of ${contrastRatio(String(issue.input), background).toFixed(1)}:1 on the ${scheme} background ${background} (expected at least ${MINIMUM_CONTRAST}:1, so links stay readable)`,
    },
  );
}

/** How the two names are written, for messages: under "institution:", indented two spaces. */
const INSTITUTION_LINES = (name = 'Example Institute of Technology') =>
  `two lines indented under "institution:": "name: ${name}" for the full name, and a shortName for the name as a sentence uses it, such as "shortName: the University"`;

/**
 * The institution's full name, and its name in running text with its article ("the
 * University"): pages, guides and templates show these wherever content writes %institution%
 * or %institution-short%.
 */
const institutionNames = z
  .strictObject(
    {
      name: text('the full name of the institution, such as "Example Institute of Technology"', {
        max: 120,
      }),
      shortName: text(
        'the name of the institution as a sentence uses it, with its article, such as "the Institute" or "the University"',
        { max: 60 },
      ),
    },
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys') return undefined;
        if (issue.input === undefined) return `is missing (expected ${INSTITUTION_LINES()})`;
        // The one-line form of older configurations: "institution: Example Institute of Technology".
        if (typeof issue.input === 'string')
          return `${describeValue(issue.input)} is one name, and the site needs two (expected ${INSTITUTION_LINES(issue.input)})`;
        return `${describeValue(issue.input)} is not a group of fields (expected ${INSTITUTION_LINES()})`;
      },
    },
  )
  .describe(
    'The institution\'s names: the full name, and the name as a sentence uses it, such as "the University".',
  );

/** The one file a school or department edits to make the site its own: site.config.yaml. */
export const siteConfigSchema = entry({
  institution: institutionNames,
  title: text('the site title, such as "Networking Hub"', { max: 80 }),
  tagline: text('a one-line description of the site', { max: 200 }),
  url: siteAddress,
  base: basePath,
  theme: entry({
    accent: readableAccent(LIGHT_BACKGROUND, 'light'),
    accentDark: readableAccent(DARK_BACKGROUND, 'dark'),
  }),
  registration: entry({
    system: text('the name of the registration system, such as "SAPweb Self Service: Training"', {
      max: 80,
    }),
    hosts: z.array(hostName, { error: expecting('a list of host names') }).min(1, {
      error: 'is empty (expected at least one host that registration links may point to)',
    }),
  }),
  // Links from entries to other sites (a group's join link, for example) may only point to these
  // hosts, or to the registration hosts above.
  links: entry({
    hosts: z
      .array(linkHost, { error: expecting('a list of host names') })
      .describe(
        'The hosts that links to other sites may point to, besides the registration hosts: groups.example.edu, or .example.edu for every host under example.edu.',
      )
      .default([]),
  }).default({ hosts: [] }),
  contacts: entry({
    emailDomains: z
      .array(domain, { error: expecting('a list of email domains') })
      .min(1, { error: 'is empty (expected at least one email domain, such as example.edu)' }),
    reconfirmMonths: count('the number of months a contact stays listed after confirming', {
      min: 1,
      max: 36,
    }).default(12),
  }),
  // Who runs the directory and how volunteers reach them: the privacy notice, the "Become a network
  // contact" page and every "contact Human Resources" in the guides take these from here.
  humanResources: entry({
    team: text('the name of the team that runs the directory, such as "Human Resources"', {
      max: 80,
    }),
    email: email.describe(
      "The team's shared mailbox that volunteers write to, such as networking@example.edu: shown on the privacy notice and in the guides.",
    ),
    signUpForm: configLink.describe(
      'The web address of the sign-up form, such as https://github.com/example/networking-hub/issues/new?template=add-me.yml.',
    ),
  }),
  directory: entry({
    allowSearchEngines: yesNo('whether search engines may index the directory pages').default(
      false,
    ),
  }).default({ allowSearchEngines: false }),
  // The web editor at /admin/ of the staff edition: which git host it commits to. Without it, the
  // staff edition has no /admin/.
  editing: entry({
    backend: z
      .enum(GIT_BACKENDS, {
        error: expecting(
          `the git host the web editor commits to: one of ${GIT_BACKENDS.join(', ')}`,
          (v) => `${v} is not a git host the editor supports`,
        ),
      })
      .describe('The git host the web editor commits to: github, gitlab or gitea.'),
    repo: z
      .string({ error: expecting('the repository as owner/name, such as example/networking-hub') })
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
        error: expecting(
          'the repository as owner/name, such as example/networking-hub',
          (v) => `${v} is not a repository name`,
        ),
      })
      .describe('The repository as owner/name, such as example/networking-hub.'),
    branch: text('the branch the site is built from, such as "main"', { max: 100 }).default('main'),
    baseUrl: editingAddress(
      'the sign-in address: for GitHub, the OAuth relay, such as https://cms-auth.example.edu; for GitLab or Gitea, the host, such as https://gitlab.example.edu',
    ).optional(),
    apiRoot: editingAddress(
      'the API address of a GitLab or Gitea host, such as https://gitlab.example.edu/api/v4',
    ).optional(),
    appId: text('the OAuth application id IT registered for the editor (GitLab or Gitea)', {
      max: 200,
    }).optional(),
    localBackendPort: count(
      'the port of a decap-server on this computer, for trying the editor locally',
      { min: 1024, max: 65535 },
    ).optional(),
  })
    .superRefine((editing, ctx) => {
      // GitLab and Gitea sign editors in with PKCE: the host must know the editor's application.
      if (editing.backend !== 'github' && editing.appId === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['appId'],
          message: `is missing (expected the id of the OAuth application IT registered on the ${editing.backend === 'gitlab' ? 'GitLab' : 'Gitea'} host for the editor, with PKCE)`,
        });
      if (editing.backend === 'gitea')
        for (const field of ['baseUrl', 'apiRoot'] as const)
          if (editing[field] === undefined)
            ctx.addIssue({
              code: 'custom',
              path: [field],
              message: `is missing (expected the Gitea host's ${field === 'baseUrl' ? 'address, such as https://gitea.example.edu' : 'API address, such as https://gitea.example.edu/api/v1'})`,
            });
    })
    .optional(),
  // The url and base above are where the staff edition is published, behind sign-in. A public
  // edition, without personal data, is built only when it has an address of its own.
  editions: entry({
    public: entry({ url: siteAddress, base: basePath }).optional(),
  }).optional(),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
