/** Import, export and backups: the GraphQL side of the transfer feature. */
import './import.schema';
import './export.schema';
