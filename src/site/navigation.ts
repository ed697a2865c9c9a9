import { urls } from './site.ts';

export interface NavItem {
  label: string;
  href: string;
  /** The path prefix that marks this item as the current section. */
  section: string;
}

/** Header navigation: only sections that have pages. Later sections add themselves here. */
export function navigation(): NavItem[] {
  return [
    { label: 'Guides', href: urls.guides(), section: urls.guides() },
    { label: 'Directory', href: urls.directory(), section: urls.directory() },
    { label: 'Workshops', href: urls.workshops(), section: urls.workshops() },
    { label: 'Groups', href: urls.groups(), section: urls.groups() },
  ];
}

export function isCurrent(item: NavItem, pathname: string): boolean {
  return pathname === item.href || pathname.startsWith(item.section);
}
