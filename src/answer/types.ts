export interface Source {
  path: string;
  title: string;
  section: string;
}

export interface Answer {
  text: string;
  sources: Source[];
}
