import { href } from '../shared/urls.ts';

export interface NavItem {
  label: string;
  href: string;
  /** The path prefix that marks this item as the current section. */
  section: string;
}

/** Header navigation: only sections that have pages. Later sections add themselves here. */
export function navigation(): NavItem[] {
  return [
    { label: 'Guides', href: href('guides/'), section: href('guides/') },
    { label: 'Directory', href: href('directory/'), section: href('directory/') },
    { label: 'Workshops', href: href('workshops/'), section: href('workshops/') },
    { label: 'Groups', href: href('groups/'), section: href('groups/') },
  ];
}

export function isCurrent(item: NavItem, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(item.section);
}
