import Dexie, { type EntityTable } from 'dexie';
import type {
  Brief,
  Clip,
  Need,
  Note,
  OfferProfile,
  Person,
  Portrait,
  PortraitTemplate,
  Prospect,
  UspDraft,
} from '../model';
import {
  CURRENT_SCHEMA_VERSION,
  declareVersions,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from './schema';

import { CommitEvents, commitEventsMiddleware } from './changes';
import { DB_NAME } from './name';

export { DB_NAME };

/** The one database. Only the repositories in `lib/db` touch its tables. */
export class DealBriefDb extends Dexie {
  prospects!: EntityTable<Prospect, 'id'>;
  notes!: EntityTable<Note, 'prospectId'>;
  clips!: EntityTable<Clip, 'id'>;
  portraits!: EntityTable<Portrait, 'prospectId'>;
  portraitTemplates!: EntityTable<PortraitTemplate, 'id'>;
  people!: EntityTable<Person, 'id'>;
  briefs!: EntityTable<Brief, 'prospectId'>;
  needs!: EntityTable<Need, 'id'>;
  offerProfiles!: EntityTable<OfferProfile, 'id'>;
  uspDrafts!: EntityTable<UspDraft, 'id'>;
  /** This context's committed writes, per table (see lib/db/changes.ts). */
  readonly committed = new CommitEvents();

  /** `versions` is for tests that need a schema the app never shipped (a failing upgrade). */
  constructor(
    name = DB_NAME,
    options?: ConstructorParameters<typeof Dexie>[1],
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
  ) {
    super(name, options);
    declareVersions(
      this,
      versions === SCHEMA_VERSIONS ? CURRENT_SCHEMA_VERSION : Infinity,
      versions,
    );
    this.use(commitEventsMiddleware(this.committed));
  }
}

let shared: DealBriefDb | undefined;

/** The database of this context (panel, dashboard or worker), opened lazily once. */
export function getDb(): DealBriefDb {
  shared ??= new DealBriefDb();
  return shared;
}
