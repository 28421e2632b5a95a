/**
 * Reads the Cognito service model for tests. The repository is checked out with `shared/` beside
 * it (shared/aws-models); a git worktree one directory deeper finds it one level further up.
 */
export interface ModelShape {
  type: string;
  members?: Record<string, { shape: string }>;
}

export interface ServiceModel {
  shapes: Record<string, ModelShape>;
}

const modelFile = 'shared/aws-models/cognito-idp-2016-04-18.service-2.json';
const candidates = ['../../../../', '../../../../../'];

export async function loadCognitoModel(): Promise<ServiceModel> {
  const tried: string[] = [];
  for (const up of candidates) {
    const url = new URL(up + modelFile, import.meta.url).href;
    tried.push(url);
    try {
      const module = (await import(/* @vite-ignore */ url, { with: { type: 'json' } })) as {
        default: ServiceModel;
      };
      return module.default;
    } catch {
      // not at this level
    }
  }
  throw new Error(`The Cognito service model was not found at: ${tried.join(', ')}`);
}

export function shapeMembers(model: ServiceModel, shape: string): string[] {
  const found = model.shapes[shape];
  if (!found?.members) throw new Error(`The model has no structure ${shape}.`);
  return Object.keys(found.members);
}
