/** The domain's codes live in the top-level shared/ module, used by the client too. */
export * from '../../../shared/codes';
