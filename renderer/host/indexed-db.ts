/** A tiny promise wrapper over one IndexedDB object store, for the browser edition's recovery files. */
const DB_NAME = 'budgetnotat';
const STORE = 'recoveries';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB kunne ikke åbnes'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-fejl'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB-transaktionen blev afbrudt'));
    });
  } finally {
    db.close();
  }
}

export const recoveryStore = {
  put: <T extends { id: string }>(value: T) => run('readwrite', (s) => s.put(value)).then(() => undefined),
  all: <T>() => run<T[]>('readonly', (s) => s.getAll() as IDBRequest<T[]>),
  delete: (id: string) => run('readwrite', (s) => s.delete(id)).then(() => undefined),
};
