import clsx from 'clsx';
import type { ReactNode } from 'react';

interface AlertProps {
  tone?: 'error' | 'warning' | 'info';
  title?: ReactNode;
  children: ReactNode;
}

const tones = {
  error: 'border-red-300 bg-red-50 text-red-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  info: 'border-blue-200 bg-blue-50 text-blue-900',
};

export function Alert({ tone = 'error', title, children }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={clsx('rounded-md border p-3 text-sm', tones[tone])}
    >
      {title && <p className="font-semibold">{title}</p>}
      <div>{children}</div>
    </div>
  );
}
