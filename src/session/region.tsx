import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { getRuntimeConfig } from '@/aws/runtime-config';
import { onSignOut } from '@/aws/session';

interface RegionContextValue {
  region: string;
  regions: string[];
  setRegion: (region: string) => void;
}

const RegionContext = createContext<RegionContextValue | null>(null);
const STORAGE_KEY = 'cognito-console.region';

function initialRegion(): string {
  const { region, regions } = getRuntimeConfig();
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    if (stored && regions.includes(stored)) return stored;
  } catch {
    // storage disabled
  }
  return region;
}

export function RegionProvider({ children }: { children: ReactNode }) {
  const [region, setRegionState] = useState(initialRegion);
  const setRegion = useCallback((next: string) => {
    setRegionState(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled
    }
  }, []);
  // The next person to sign in starts in the configured home region.
  useEffect(
    () =>
      onSignOut(() => {
        setRegionState(getRuntimeConfig().region);
        try {
          sessionStorage.removeItem(STORAGE_KEY);
        } catch {
          // storage disabled
        }
      }),
    [],
  );
  const value = useMemo(
    () => ({ region, regions: getRuntimeConfig().regions, setRegion }),
    [region, setRegion],
  );
  return <RegionContext value={value}>{children}</RegionContext>;
}

/** The region the console is browsing (pool lists); a pool's own region comes from its id. */
export function useRegion(): RegionContextValue {
  const value = use(RegionContext);
  if (!value) throw new Error('useRegion must be used inside RegionProvider');
  return value;
}
