import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Documents } from './documents';
import type { PersistStatus } from './saveStatus';

const DocumentsContext = createContext<Documents | null>(null);

export function DocumentsProvider({
  documents,
  children,
}: {
  documents: Documents;
  children: ReactNode;
}) {
  return <DocumentsContext.Provider value={documents}>{children}</DocumentsContext.Provider>;
}

export function useDocuments(): Documents {
  const documents = useContext(DocumentsContext);
  if (!documents) throw new Error('useDocuments needs a <DocumentsProvider>');
  return documents;
}

/** Selects from the saving status (a stable value, as zustand 5 requires). */
export function usePersistStatus<T>(selector: (s: PersistStatus) => T): T {
  return useStore(useDocuments().status.store, selector);
}
