/** The interactive tools, each on the guide that explains it; pages that teach a skill point to them. */
export const TOOLS = [
  {
    guide: 'map-your-network',
    name: 'Network map',
    purpose: 'see how strong and how broad your network is, and where the gaps are',
  },
  {
    guide: 'question-bank',
    name: 'Question builder',
    purpose: 'build your own interview plan from the question bank',
  },
  {
    guide: 'ask-for-a-conversation',
    name: 'Outreach templates',
    purpose: 'copy a request, a reminder, a thank-you or an update',
  },
] as const;
