import { Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled part of the home: a landmark named by its heading, so screen readers (and tests) can jump to it. */
export function HomeSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
