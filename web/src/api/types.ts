import type { components, paths } from './schema.gen.ts';

// The web app's names for what the API sends and takes, all derived from the generated schema, so that a server
// change the web has not followed fails the typecheck. Dates arrive as ISO strings, and the types say so.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API paths that answer this method. */
export type PathsWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends { [K in M]: object } ? P : never;
}[keyof paths];

/** What the schema says of one method of one path. */
// The constraint openapi-fetch puts on an operation.
export type Operation<P extends keyof paths, M extends HttpMethod> = paths[P] extends { [K in M]: infer Op extends Record<string | number, any> } ? Op : never;
type JsonOf<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type SuccessOf<Op> = Op extends { responses: { 200: infer Ok } } ? Ok : Op extends { responses: { 201: infer Created } } ? Created : never;
type RequestBodyOf<Op> = Op extends { requestBody?: infer Body } ? NonNullable<Body> : never;

/** The JSON a successful call answers with. */
export type ResponseOf<P extends PathsWith<M>, M extends HttpMethod> = JsonOf<SuccessOf<Operation<P, M>>>;
/** The JSON body a call takes. */
export type BodyOf<P extends PathsWith<M>, M extends HttpMethod> = JsonOf<RequestBodyOf<Operation<P, M>>>;

/** What every error response carries: RFC 9457 problem details, worded in the caller's language. */
export type Problem = components['schemas']['Problem'];

/** The signed-in user's session, as sign-in and /api/auth/me give it. */
export type Session = ResponseOf<'/api/auth/me', 'get'>;
export type Me = Session['user'];

export type Enterprise = ResponseOf<'/api/enterprises/{id}', 'get'>;
export type EnterpriseListItem = ResponseOf<'/api/enterprises', 'get'>['items'][number];
export type EnterpriseInput = BodyOf<'/api/enterprises', 'post'>;
export type Contact = Enterprise['contacts'][number];
/** A level of an industry or region path: its code and its name in the reader's language. */
export type CodeName = Enterprise['industryPath'][number];
export type Tag = ResponseOf<'/api/tags', 'get'>[number];
export type SizeClass = NonNullable<Enterprise['sizeClass']>;
export type DuplicateCandidate = ResponseOf<'/api/enterprises/duplicates', 'post'>['candidates'][number];
export type TimelineEntry = ResponseOf<'/api/enterprises/{id}/timeline', 'get'>['items'][number];

/**
 * A node of a code tree (industries, regions) at any depth. The server's schemas spell each level out, the deepest
 * listing no children; the web walks them as one recursive shape.
 */
type TreeNode<Node> = Omit<Node, 'children'> & { children?: TreeNode<Node>[] };
export type IndustryNode = TreeNode<ResponseOf<'/api/industries/tree', 'get'>[number]>;
export type RegionNode = TreeNode<ResponseOf<'/api/regions/tree', 'get'>[number]>;

export type ValidatedImport = ResponseOf<'/api/enterprises/imports', 'post'>;
export type ImportProgress = ResponseOf<'/api/enterprises/imports/{id}', 'get'>;
export type ImportStatus = ImportProgress['status'];

/** A page of a record's history, from /api/audit or a module's own history route. */
export type AuditPage = ResponseOf<'/api/audit', 'get'>;
export type AuditEvent = AuditPage['items'][number];

export type User = ResponseOf<'/api/users', 'get'>['items'][number];

/** A record's attachments, with whether the caller may add and delete them and what its kind takes. */
export type AttachmentList = ResponseOf<'/api/attachments', 'get'>;
export type Attachment = AttachmentList['items'][number];
/** One of the signed-in user's notifications, worded in the request's language. */
export type NotificationItem = ResponseOf<'/api/notifications', 'get'>['items'][number];
export type NotificationPreferences = ResponseOf<'/api/notifications/preferences', 'get'>;
export type NotificationPreferencesInput = BodyOf<'/api/notifications/preferences', 'put'>;
