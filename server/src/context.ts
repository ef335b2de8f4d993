/** What every resolver receives: the repositories and this request's loaders. */
import type { Loaders, Repositories } from './repositories';

export interface Context {
  repos: Repositories;
  loaders: Loaders;
}
