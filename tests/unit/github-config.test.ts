import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { steps?: { run?: string; uses?: string; with?: Record<string, unknown> }[] }
  >;
};

const read = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;
const workflow = (name: string) => read(join('.github/workflows', name)) as Workflow;
const runs = (flow: Workflow) =>
  Object.values(flow.jobs)
    .flatMap((job) => job.steps ?? [])
    .map((step) => step.run ?? step.uses ?? '')
    .join('\n');

describe('GitHub Actions workflows', () => {
  it('are the pull-request check, the deploy and the stale report', () => {
    expect(readdirSync('.github/workflows').sort()).toEqual([
      'deploy.yml',
      'pull-request.yml',
      'stale-report.yml',
    ]);
  });

  it.each(readdirSync('.github/workflows'))('%s parses and has triggers and jobs', (file) => {
    const flow = workflow(file);
    expect(Object.keys(flow.on).length).toBeGreaterThan(0);
    expect(Object.keys(flow.jobs).length).toBeGreaterThan(0);
  });

  it('on pull requests: validates with annotations, checks types, lints, runs npm test and builds', () => {
    const flow = workflow('pull-request.yml');
    expect(flow.on).toHaveProperty('pull_request');
    const steps = runs(flow);
    expect(steps).toContain('npm run validate');
    expect(steps).toContain('npm run check');
    expect(steps).toContain('npm run lint');
    expect(steps).toContain('npm test');
    expect(steps).toContain('npm run build');
  });

  it('on main and every day: builds and deploys the public edition to GitHub Pages', () => {
    const flow = workflow('deploy.yml');
    expect(flow.on).toHaveProperty('push');
    // Daily, so ended sessions drop out even on a day when nobody edits anything.
    expect(flow.on['schedule']).toEqual([{ cron: '0 6 * * *' }]);
    const steps = runs(flow);
    expect(steps).toContain('npm run build');
    expect(steps).toContain('actions/upload-pages-artifact');
    expect(steps).toContain('actions/deploy-pages');
  });

  it('every week: puts the stale report in the job summary', () => {
    const flow = workflow('stale-report.yml');
    expect(flow.on).toHaveProperty('schedule');
    expect(runs(flow)).toMatch(
      /npm run (--silent )?report:stale -- --markdown >> "?\$GITHUB_STEP_SUMMARY"?/,
    );
  });
});

describe('issue forms and the pull-request template', () => {
  it.each(['add-me.yml', 'update-my-entry.yml', 'remove-me.yml'])(
    '%s parses as an issue form with a required confirmation',
    (file) => {
      const form = read(join('.github/ISSUE_TEMPLATE', file)) as {
        name: string;
        body: { type: string; attributes?: { options?: { required?: boolean }[] } }[];
      };
      expect(form.name).toBeTruthy();
      const required = form.body
        .filter((element) => element.type === 'checkboxes')
        .flatMap((element) => element.attributes?.options ?? []);
      expect(required.some((option) => option.required === true)).toBe(true);
    },
  );

  it('the pull-request template asks for consent', () => {
    expect(readFileSync('.github/pull_request_template.md', 'utf8')).toMatch(/- \[ \] .*agreed/);
  });
});
