import { useState } from 'react';
import { Button } from '@/components/Button';
import { DescriptionList } from '@/components/DescriptionList';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { useDescribeUserPoolDomain } from '@/api/domains/describe-user-pool-domain';
import { DeleteDomainDialog } from './DeleteDomainDialog';

interface DomainDetailsProps {
  poolId: string;
  domain: string;
  kind: 'prefix' | 'custom';
  host: string;
  canDelete: boolean;
}

export function DomainDetails({ poolId, domain, kind, host, canDelete }: DomainDetailsProps) {
  const [deleting, setDeleting] = useState(false);
  const description = useDescribeUserPoolDomain(poolId, domain);
  return (
    <Section
      title={kind === 'custom' ? 'Custom domain' : 'Cognito domain'}
      actions={
        canDelete && (
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete domain
          </Button>
        )
      }
    >
      {description.isPending ? (
        <LoadingState label="Loading domain…" rows={4} />
      ) : description.isError ? (
        <ErrorState
          title={`Could not describe ${domain}`}
          error={description.error}
          onRetry={() => void description.refetch()}
          retrying={description.isFetching}
        />
      ) : (
        <DescriptionList
          items={[
            { term: 'Domain', value: <span className="font-mono">{domain}</span> },
            { term: 'URL', value: <span className="font-mono">https://{host}</span> },
            {
              term: 'Type',
              value: kind === 'custom' ? 'Custom domain' : 'Prefix (Cognito domain)',
            },
            { term: 'Status', value: description.data.Status },
            {
              term: 'CloudFront distribution',
              value: description.data.CloudFrontDistribution && (
                <span className="font-mono">{description.data.CloudFrontDistribution}</span>
              ),
            },
            {
              term: 'Certificate',
              value: description.data.CustomDomainConfig?.CertificateArn && (
                <span className="font-mono break-all">
                  {description.data.CustomDomainConfig.CertificateArn}
                </span>
              ),
            },
            { term: 'Version', value: description.data.Version },
            {
              term: 'Managed login version',
              value:
                description.data.ManagedLoginVersion === 2
                  ? '2 (managed login)'
                  : description.data.ManagedLoginVersion === 1
                    ? '1 (classic hosted UI)'
                    : undefined,
            },
          ]}
        />
      )}
      {canDelete && (
        <DeleteDomainDialog
          poolId={poolId}
          domain={domain}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={() => {
            setDeleting(false);
            toastStore.show(`Domain ${domain} deleted.`, 'success');
          }}
        />
      )}
    </Section>
  );
}
