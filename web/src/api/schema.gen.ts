// Generated from the server's OpenAPI document by `npm run api:generate`; do not edit.
// A test fails when it no longer matches the server: run the script again after changing a route's schema.
export interface paths {
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A record's attachments, and whether the caller may add and delete them */
        get: {
            parameters: {
                query: {
                    kind: string;
                    recordId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The caller may upload to this record and delete its attachments */
                            canAttach: boolean;
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                fileName: string;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** @description Detected from the content */
                                mediaType: string;
                                recordId: string;
                                /** @description Hex SHA-256 of the content */
                                sha256: string;
                                /** @description Bytes */
                                size: number;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                            /** @description The largest file the kind takes */
                            maxBytes: number;
                            /** @description The media types the kind takes */
                            mediaTypes: string[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a file to a record
         * @description A multipart form: kind and recordId, then the file. 404 when the caller may not read the record, 403 when they may read but not attach; 413 past the kind's size, 415 for a type the kind does not take (read from the content, never the name) or for content that runs when opened; 400 for an empty file or a body cut short.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The file; its type is read from its content, within the kind's types and size
                         */
                        file: string;
                        /** @description Before the file */
                        kind: string;
                        /** @description Before the file */
                        recordId: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            /** @description Detected from the content */
                            mediaType: string;
                            recordId: string;
                            /** @description Hex SHA-256 of the content */
                            sha256: string;
                            /** @description Bytes */
                            size: number;
                            uploadedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an attachment (audited; for those who may attach to its record) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment's content, as a download */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The content, always as a download (Content-Disposition: attachment), under its detected media type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first: one record's history or every event matching the filters */
        get: {
            parameters: {
                query?: {
                    /** @description e.g. create, update, merge, export, login */
                    action?: string;
                    /** @description Part of the actor's name */
                    actor?: string;
                    /** @description One record (with entityType) */
                    entityId?: string;
                    /** @description Kind of record, e.g. enterprise, user, tag */
                    entityType?: string;
                    /** @description First day, in China time (Asia/Shanghai) */
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description Last day, in China time (Asia/Shanghai) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string | null;
                                actorName: string;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** @description What the user's roles allow, e.g. enterprise.edit: the web app shows what they can use */
                            permissions: string[];
                            user: {
                                displayName: string;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                /** Format: uuid */
                                id: string;
                                locale: string | null;
                                mustChangePassword: boolean;
                                roles: string[];
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token for writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** @description What the user's roles allow, e.g. enterprise.edit: the web app shows what they can use */
                            permissions: string[];
                            user: {
                                displayName: string;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                /** Format: uuid */
                                id: string;
                                locale: string | null;
                                mustChangePassword: boolean;
                                roles: string[];
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update own profile */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "zh-TW" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            /** Format: uuid */
                            id: string;
                            locale: string | null;
                            mustChangePassword: boolean;
                            roles: string[];
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search enterprises, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description Credit code or its beginning */
                    creditCode?: string;
                    /** @description Industry code at any level: 'C' or 'C39' finds all beneath */
                    industry?: string;
                    /** @description Default: asc for name and credit code, desc otherwise */
                    order?: "asc" | "desc";
                    page?: number;
                    pageSize?: number;
                    /** @description Current or former name (either script) or credit code */
                    q?: string;
                    /** @description Region code at any level: '370000' finds all of 山东 */
                    region?: string;
                    sizeClass?: "large" | "medium" | "small" | "micro";
                    sort?: "name" | "creditCode" | "registeredCapitalWan" | "foundedOn" | "updatedAt" | "createdAt";
                    /** @description Tag ids, repeated or comma-separated: enterprises having all of them */
                    tag?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string | null;
                                foundedOn: string | null;
                                /** Format: uuid */
                                id: string;
                                industryCode: string | null;
                                industryName: string | null;
                                name: string;
                                regionCode: string | null;
                                /** @description The whole path, e.g. '山东省 / 青岛市 / 崂山区' */
                                regionName: string | null;
                                registeredCapitalWan: number | null;
                                /** @enum {string|null} */
                                sizeClass: "large" | "medium" | "small" | "micro" | null;
                                tags: {
                                    color: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            /** @description false when more than 1,000 match: total is then an estimate (never below 1,001), to be shown as such */
                            totalExact: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an enterprise
         * @description 409 enterprise.creditCodeTaken when another enterprise has the credit code; 409 enterprise.possibleDuplicate for a near-identical name unless confirmDuplicate. Both list `candidates` [{id, name, creditCode, reason}].
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @description Save although the name is near-identical to an existing enterprise (never overrides a taken credit code) */
                        confirmDuplicate?: boolean;
                        /** @description The whole list: contacts left out are removed */
                        contacts?: {
                            email?: string | null;
                            /**
                             * Format: uuid
                             * @description An existing contact's id keeps it (and what links to it); absent adds one
                             */
                            id?: string;
                            /** @default false */
                            isPrimary?: boolean;
                            name: string;
                            phone?: string | null;
                            title?: string | null;
                        }[];
                        /** @description 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted */
                        creditCode?: string | null;
                        formerNames?: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        foundedOn?: string | null;
                        /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                        industryCode?: string | null;
                        /**
                         * @description What kind of organisation: company unless given
                         * @enum {string}
                         */
                        kind?: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                        name: string;
                        /** @description GB/T 2260 code, e.g. '370212' */
                        regionCode?: string | null;
                        /** @description 注册资本, in 万元 (10,000 CNY) */
                        registeredCapitalWan?: number | null;
                        /** @enum {string|null} */
                        sizeClass?: "large" | "medium" | "small" | "micro" | null;
                        tagIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            contacts: {
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                isPrimary: boolean;
                                name: string;
                                phone: string | null;
                                title: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            creditCode: string | null;
                            formerNames: string[];
                            foundedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            /** @description Section → division → group → class */
                            industryPath: {
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            /**
                             * Format: uuid
                             * @description Set when this record was merged into another; show that one instead
                             */
                            mergedIntoId: string | null;
                            name: string;
                            regionCode: string | null;
                            /** @description Province → city → district */
                            regionPath: {
                                code: string;
                                name: string;
                            }[];
                            registeredCapitalWan: number | null;
                            /** @enum {string|null} */
                            sizeClass: "large" | "medium" | "small" | "micro" | null;
                            tags: {
                                color: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            contacts: {
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                isPrimary: boolean;
                                name: string;
                                phone: string | null;
                                title: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            creditCode: string | null;
                            formerNames: string[];
                            foundedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            /** @description Section → division → group → class */
                            industryPath: {
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            /**
                             * Format: uuid
                             * @description Set when this record was merged into another; show that one instead
                             */
                            mergedIntoId: string | null;
                            name: string;
                            regionCode: string | null;
                            /** @description Province → city → district */
                            regionPath: {
                                code: string;
                                name: string;
                            }[];
                            registeredCapitalWan: number | null;
                            /** @enum {string|null} */
                            sizeClass: "large" | "medium" | "small" | "micro" | null;
                            tags: {
                                color: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an enterprise; enterprise users may change only their own address and contacts */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @description Save although the name is near-identical to an existing enterprise (never overrides a taken credit code) */
                        confirmDuplicate?: boolean;
                        /** @description The whole list: contacts left out are removed */
                        contacts?: {
                            email?: string | null;
                            /**
                             * Format: uuid
                             * @description An existing contact's id keeps it (and what links to it); absent adds one
                             */
                            id?: string;
                            /** @default false */
                            isPrimary?: boolean;
                            name: string;
                            phone?: string | null;
                            title?: string | null;
                        }[];
                        /** @description 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted */
                        creditCode?: string | null;
                        formerNames?: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        foundedOn?: string | null;
                        /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                        industryCode?: string | null;
                        /**
                         * @description What kind of organisation: company unless given
                         * @enum {string}
                         */
                        kind?: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                        name?: string;
                        /** @description GB/T 2260 code, e.g. '370212' */
                        regionCode?: string | null;
                        /** @description 注册资本, in 万元 (10,000 CNY) */
                        registeredCapitalWan?: number | null;
                        /** @enum {string|null} */
                        sizeClass?: "large" | "medium" | "small" | "micro" | null;
                        tagIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            contacts: {
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                isPrimary: boolean;
                                name: string;
                                phone: string | null;
                                title: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            creditCode: string | null;
                            formerNames: string[];
                            foundedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            /** @description Section → division → group → class */
                            industryPath: {
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            /**
                             * Format: uuid
                             * @description Set when this record was merged into another; show that one instead
                             */
                            mergedIntoId: string | null;
                            name: string;
                            regionCode: string | null;
                            /** @description Province → city → district */
                            regionPath: {
                                code: string;
                                name: string;
                            }[];
                            registeredCapitalWan: number | null;
                            /** @enum {string|null} */
                            sizeClass: "large" | "medium" | "small" | "micro" | null;
                            tags: {
                                color: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/enterprises/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail of the enterprise (and of records merged into it), with before and after */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string | null;
                                actorName: string;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                entityId: string;
                                entityType: string;
                                id: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a duplicate into this enterprise; returns this (the surviving) enterprise */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The record that disappears into this one
                         */
                        duplicateId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            contacts: {
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                isPrimary: boolean;
                                name: string;
                                phone: string | null;
                                title: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            creditCode: string | null;
                            formerNames: string[];
                            foundedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            /** @description Section → division → group → class */
                            industryPath: {
                                code: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            /**
                             * Format: uuid
                             * @description Set when this record was merged into another; show that one instead
                             */
                            mergedIntoId: string | null;
                            name: string;
                            regionCode: string | null;
                            /** @description Province → city → district */
                            regionPath: {
                                code: string;
                                name: string;
                            }[];
                            registeredCapitalWan: number | null;
                            /** @enum {string|null} */
                            sizeClass: "large" | "medium" | "small" | "micro" | null;
                            tags: {
                                color: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events of the enterprise (and of records merged into it), newest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorName: string | null;
                                /** Format: date-time */
                                at: string;
                                details: unknown;
                                /** @description The source: 'audit' for changes of the record; other modules add theirs */
                                kind: string;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Existing enterprises with the same credit code or a near-identical name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCode?: string;
                        /**
                         * Format: uuid
                         * @description The record being edited
                         */
                        excludeId?: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                creditCode: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                reason: "creditCode" | "name";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every enterprise matching the filters, as an .xlsx workbook in the request's language */
        get: {
            parameters: {
                query?: {
                    /** @description Credit code or its beginning */
                    creditCode?: string;
                    /** @description Industry code at any level: 'C' or 'C39' finds all beneath */
                    industry?: string;
                    /** @description Default: asc for name and credit code, desc otherwise */
                    order?: "asc" | "desc";
                    /** @description Current or former name (either script) or credit code */
                    q?: string;
                    /** @description Region code at any level: '370000' finds all of 山东 */
                    region?: string;
                    sizeClass?: "large" | "medium" | "small" | "micro";
                    sort?: "name" | "creditCode" | "registeredCapitalWan" | "foundedOn" | "updatedAt" | "createdAt";
                    /** @description Tag ids, repeated or comma-separated: enterprises having all of them */
                    tag?: string | string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The .xlsx template to fill in, with an example row, in the request's language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a spreadsheet of enterprises: validated row by row, nothing imported yet
         * @description The header row names the columns in any of the three languages. A file that is no readable .xlsx or .csv, or whose header lacks the required column, gives 400; so do more than 50,000 rows, an .xlsx of more than 1,000 parts and a body cut short. An .xlsx that unpacks to more than 100 MB gives 413.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .xlsx, or .csv in UTF-8 or GB18030; at most 20 MB
                         */
                        file: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The first 200 invalid rows */
                            errors: {
                                messages: string[];
                                rowNumber: number;
                            }[];
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            invalidRows: number;
                            /** @description The first 50 rows */
                            preview: {
                                errors: string[];
                                /** @description As the spreadsheet numbers it (the header is row 1) */
                                rowNumber: number;
                                /** @description The cells, by the template's column header in the request's language */
                                values: {
                                    [key: string]: string;
                                };
                            }[];
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State and progress of an import */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            error?: string;
                            fileName: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            importedRows: number;
                            invalidRows: number;
                            processedRows: number;
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a validated import */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            error?: string;
                            fileName: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            importedRows: number;
                            invalidRows: number;
                            processedRows: number;
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the valid rows, in the background and all at once; poll the import for progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            error?: string;
                            fileName: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            importedRows: number;
                            invalidRows: number;
                            processedRows: number;
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invalid rows with their values and their errors, in the request's language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts of the enterprises the caller may see: total, by region, by size class and by tag */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Per region code as stored (a district, or a city or province when no finer one is known); null: none */
                            byRegion: {
                                count: number;
                                regionCode: string | null;
                            }[];
                            bySizeClass: {
                                count: number;
                                /** @enum {string|null} */
                                sizeClass: "large" | "medium" | "small" | "micro" | null;
                            }[];
                            /** @description Every tag, by name, with 0 when unused */
                            byTag: {
                                count: number;
                                /** Format: uuid */
                                tagId: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of promotion events, newest first, by year, kind and text */
        get: {
            parameters: {
                query?: {
                    kind?: "promotion" | "signingCeremony" | "expo" | "other";
                    page?: number;
                    pageSize?: number;
                    /** @description Part of the name, city or venue */
                    q?: string;
                    /** @description Held in this year */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                city: string;
                                /** Format: date-time */
                                createdAt: string;
                                heldOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "promotion" | "signingCeremony" | "expo" | "other";
                                name: string;
                                notes: string | null;
                                organiser: string | null;
                                /** Format: uuid */
                                organiserTeamId: string | null;
                                organiserTeamName: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                venue: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a promotion event (推介会, 签约仪式, 展会)
         * @description Administrators and leaders any; an officer only one organised by a team they lead (403 event.teamNotLed).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        heldOn: string;
                        /**
                         * @description 推介会 promotion, 签约仪式 signingCeremony, 展会 expo, other
                         * @enum {string}
                         */
                        kind: "promotion" | "signingCeremony" | "expo" | "other";
                        name: string;
                        notes?: string | null;
                        /** @description Who organised it, as said */
                        organiser?: string | null;
                        /**
                         * Format: uuid
                         * @description Our team behind it; an officer records only events of a team they lead
                         */
                        organiserTeamId?: string | null;
                        venue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            /** Format: date-time */
                            createdAt: string;
                            heldOn: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "promotion" | "signingCeremony" | "expo" | "other";
                            landing: {
                                atCapacity: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                counted: number;
                                producing: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                registered: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                started: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                terminated: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                            };
                            mayEdit: boolean;
                            name: string;
                            notes: string | null;
                            organiser: string | null;
                            /** Format: uuid */
                            organiserTeamId: string | null;
                            organiserTeamName: string | null;
                            signings: {
                                amountWan: number;
                                counted: boolean;
                                countedAmountWan: number | null;
                                countedAt: {
                                    event: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    signedOn: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                project: {
                                    enterpriseName: string;
                                    /** Format: uuid */
                                    id: string;
                                    mayOpen: boolean;
                                    name: string;
                                    sectionName: string | null;
                                    /** @enum {string} */
                                    stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                };
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            totals: {
                                amountWan: number;
                                projects: number;
                                sectors: {
                                    amountWan: number;
                                    code: string | null;
                                    name: string | null;
                                    projects: number;
                                    unverifiedAmountWan: number;
                                    unverifiedProjects: number;
                                }[];
                                unverifiedAmountWan: number;
                                unverifiedProjects: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event: its signings, the projects counted there by sector, and how far they have landed since */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            /** Format: date-time */
                            createdAt: string;
                            heldOn: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "promotion" | "signingCeremony" | "expo" | "other";
                            landing: {
                                atCapacity: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                counted: number;
                                producing: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                registered: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                started: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                terminated: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                            };
                            mayEdit: boolean;
                            name: string;
                            notes: string | null;
                            organiser: string | null;
                            /** Format: uuid */
                            organiserTeamId: string | null;
                            organiserTeamName: string | null;
                            signings: {
                                amountWan: number;
                                counted: boolean;
                                countedAmountWan: number | null;
                                countedAt: {
                                    event: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    signedOn: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                project: {
                                    enterpriseName: string;
                                    /** Format: uuid */
                                    id: string;
                                    mayOpen: boolean;
                                    name: string;
                                    sectionName: string | null;
                                    /** @enum {string} */
                                    stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                };
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            totals: {
                                amountWan: number;
                                projects: number;
                                sectors: {
                                    amountWan: number;
                                    code: string | null;
                                    name: string | null;
                                    projects: number;
                                    unverifiedAmountWan: number;
                                    unverifiedProjects: number;
                                }[];
                                unverifiedAmountWan: number;
                                unverifiedProjects: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an event */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        city?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        heldOn?: string;
                        /**
                         * @description 推介会 promotion, 签约仪式 signingCeremony, 展会 expo, other
                         * @enum {string}
                         */
                        kind?: "promotion" | "signingCeremony" | "expo" | "other";
                        name?: string;
                        notes?: string | null;
                        /** @description Who organised it, as said */
                        organiser?: string | null;
                        /**
                         * Format: uuid
                         * @description Our team behind it; an officer records only events of a team they lead
                         */
                        organiserTeamId?: string | null;
                        venue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            city: string;
                            /** Format: date-time */
                            createdAt: string;
                            heldOn: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "promotion" | "signingCeremony" | "expo" | "other";
                            landing: {
                                atCapacity: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                counted: number;
                                producing: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                registered: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                started: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                                terminated: {
                                    count: number;
                                    projects: {
                                        /** Format: uuid */
                                        id: string;
                                        mayOpen: boolean;
                                        name: string;
                                        /** @enum {string} */
                                        stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    }[];
                                    rate: number;
                                };
                            };
                            mayEdit: boolean;
                            name: string;
                            notes: string | null;
                            organiser: string | null;
                            /** Format: uuid */
                            organiserTeamId: string | null;
                            organiserTeamName: string | null;
                            signings: {
                                amountWan: number;
                                counted: boolean;
                                countedAmountWan: number | null;
                                countedAt: {
                                    event: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    signedOn: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                project: {
                                    enterpriseName: string;
                                    /** Format: uuid */
                                    id: string;
                                    mayOpen: boolean;
                                    name: string;
                                    sectionName: string | null;
                                    /** @enum {string} */
                                    stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                };
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            totals: {
                                amountWan: number;
                                projects: number;
                                sectors: {
                                    amountWan: number;
                                    code: string | null;
                                    name: string | null;
                                    projects: number;
                                    unverifiedAmountWan: number;
                                    unverifiedProjects: number;
                                }[];
                                unverifiedAmountWan: number;
                                unverifiedProjects: number;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industries whose code, name (either script, or English) or note matches, with their paths, named in the request language; at most 50 */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            level: number;
                            name: string;
                            /** @description Section first, ending with the industry itself */
                            path: {
                                code: string;
                                name: string;
                            }[];
                            remark: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole GB/T 4754-2017 industry classification as a tree, named in the request language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                children: {
                                    children: {
                                        /** @description Always empty at this level */
                                        children: unknown[];
                                        /** @description With its section letter at every level: 'C', 'C39', 'C391', 'C3911' */
                                        code: string;
                                        /** @description 1 section, 2 division, 3 group, 4 class */
                                        level: number;
                                        name: string;
                                    }[];
                                    /** @description With its section letter at every level: 'C', 'C39', 'C391', 'C3911' */
                                    code: string;
                                    /** @description 1 section, 2 division, 3 group, 4 class */
                                    level: number;
                                    name: string;
                                }[];
                                /** @description With its section letter at every level: 'C', 'C39', 'C391', 'C3911' */
                                code: string;
                                /** @description 1 section, 2 division, 3 group, 4 class */
                                level: number;
                                name: string;
                            }[];
                            /** @description With its section letter at every level: 'C', 'C39', 'C391', 'C3911' */
                            code: string;
                            /** @description 1 section, 2 division, 3 group, 4 class */
                            level: number;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the leads the caller sees, on one tab, filtered */
        get: {
            parameters: {
                query?: {
                    /** @description Only open leads whose next follow-up is today or overdue */
                    due?: "true" | "false";
                    /** @description A GB/T 4754 code: that industry and those under it */
                    industry?: string;
                    page?: number;
                    pageSize?: number;
                    priority?: "high" | "normal" | "low";
                    /** @description The enterprise's name, in either script */
                    q?: string;
                    /** @description Only owned open leads that return to the pool within the warning period */
                    returningSoon?: "true" | "false";
                    source?: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                    status?: "open" | "converted" | "dropped";
                    /** @description mine: owned by the caller; team: owned in their teams; pool: nobody owns; all: every lead they see */
                    tab?: "mine" | "team" | "pool" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                chainSegment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                dropReason: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                /** Format: uuid */
                                id: string;
                                industryCode: string | null;
                                industryName: string | null;
                                nextFollowUpOn: string | null;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                /** @enum {string} */
                                priority: "high" | "normal" | "low";
                                returnsToPoolOn: string | null;
                                /** @enum {string} */
                                source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                                sourceNote: string | null;
                                /** @enum {string} */
                                status: "open" | "converted" | "dropped";
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                /** Format: date-time */
                                touchedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a lead, for an existing enterprise or a new one
         * @description A new enterprise goes through the register's own checks: 409 enterprise.possibleDuplicate unless confirmDuplicate.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The industry-chain segment, free text for now */
                        chainSegment?: string | null;
                        /** @description A new enterprise, created through the enterprise register's own checks */
                        enterprise?: {
                            address?: string | null;
                            /** @description Save although the name is near-identical to an existing enterprise (never overrides a taken credit code) */
                            confirmDuplicate?: boolean;
                            /** @description The whole list: contacts left out are removed */
                            contacts?: {
                                email?: string | null;
                                /**
                                 * Format: uuid
                                 * @description An existing contact's id keeps it (and what links to it); absent adds one
                                 */
                                id?: string;
                                /** @default false */
                                isPrimary?: boolean;
                                name: string;
                                phone?: string | null;
                                title?: string | null;
                            }[];
                            /** @description 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted */
                            creditCode?: string | null;
                            formerNames?: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            foundedOn?: string | null;
                            /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                            industryCode?: string | null;
                            /**
                             * @description What kind of organisation: company unless given
                             * @enum {string}
                             */
                            kind?: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            name: string;
                            /** @description GB/T 2260 code, e.g. '370212' */
                            regionCode?: string | null;
                            /** @description 注册资本, in 万元 (10,000 CNY) */
                            registeredCapitalWan?: number | null;
                            /** @enum {string|null} */
                            sizeClass?: "large" | "medium" | "small" | "micro" | null;
                            tagIds?: string[];
                        };
                        /**
                         * Format: uuid
                         * @description An existing enterprise; or give `enterprise` to create one
                         */
                        enterpriseId?: string;
                        /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                        industryCode?: string | null;
                        /**
                         * @description Put it in the pool rather than keep it
                         * @default false
                         */
                        inPool?: boolean;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        nextFollowUpOn?: string | null;
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        priority?: "high" | "normal" | "low";
                        /** @enum {string} */
                        source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                        sourceNote?: string | null;
                        /**
                         * Format: uuid
                         * @description The keeping team; the creator's team today when absent
                         */
                        teamId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lead with its follow-ups and the actions the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an open lead's details */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The industry-chain segment, free text for now */
                        chainSegment?: string | null;
                        /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                        industryCode?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        nextFollowUpOn?: string | null;
                        /** @enum {string} */
                        priority?: "high" | "normal" | "low";
                        /** @enum {string} */
                        source?: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                        sourceNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a lead to an officer: leaders and administrators any, a team's lead the team's and the pool's to its members */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        ownerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a lead from the pool
         * @description 409 lead.alreadyClaimed when someone else claimed it first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a lead converted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop a lead, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a follow-up (a dated note); it touches the lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        happenedOn: string;
                        /**
                         * Format: date
                         * @description The next follow-up date; unchanged when absent
                         */
                        nextFollowUpOn?: string | null;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a lead back in the pool */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a dropped lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "followUp" | "claim" | "assign" | "release" | "convert" | "drop" | "reopen")[];
                            chainSegment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dropReason: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            followUps: {
                                /** Format: uuid */
                                authorId: string | null;
                                authorName: string;
                                /** Format: date-time */
                                createdAt: string;
                                happenedOn: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            priority: "high" | "normal" | "low";
                            returnsToPoolOn: string | null;
                            /** @enum {string} */
                            source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                            sourceNote: string | null;
                            /** @enum {string} */
                            status: "open" | "converted" | "dropped";
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            /** Format: date-time */
                            touchedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The officers the caller may assign leads to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's home cards: follow-ups due, leads soon back in the pool */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueFollowUps: {
                                items: {
                                    chainSegment: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dropReason: string | null;
                                    /** Format: uuid */
                                    enterpriseId: string;
                                    enterpriseName: string;
                                    /** Format: uuid */
                                    id: string;
                                    industryCode: string | null;
                                    industryName: string | null;
                                    nextFollowUpOn: string | null;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    priority: "high" | "normal" | "low";
                                    returnsToPoolOn: string | null;
                                    /** @enum {string} */
                                    source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                                    sourceNote: string | null;
                                    /** @enum {string} */
                                    status: "open" | "converted" | "dropped";
                                    /** Format: uuid */
                                    teamId: string | null;
                                    teamName: string | null;
                                    /** Format: date-time */
                                    touchedAt: string;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            };
                            returningSoon: {
                                items: {
                                    chainSegment: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dropReason: string | null;
                                    /** Format: uuid */
                                    enterpriseId: string;
                                    enterpriseName: string;
                                    /** Format: uuid */
                                    id: string;
                                    industryCode: string | null;
                                    industryName: string | null;
                                    nextFollowUpOn: string | null;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    priority: "high" | "normal" | "low";
                                    returnsToPoolOn: string | null;
                                    /** @enum {string} */
                                    source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                                    sourceNote: string | null;
                                    /** @enum {string} */
                                    status: "open" | "converted" | "dropped";
                                    /** Format: uuid */
                                    teamId: string | null;
                                    teamName: string | null;
                                    /** Format: date-time */
                                    touchedAt: string;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/broker-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operator's queue: introductions waiting for an owner's decision, and open deals with no move or message for MARKET_DEAL_STALL_DAYS days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            awaitingCompletion: {
                                items: {
                                    buyer: string;
                                    /** Format: uuid */
                                    id: string;
                                    listing: {
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    /** Format: date-time */
                                    registeredAt: string;
                                    seller: string;
                                }[];
                                total: number;
                            };
                            introductions: {
                                items: {
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    listing: {
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    /** @enum {string} */
                                    origin: "request" | "proposal";
                                    party: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                total: number;
                            };
                            stalledDeals: {
                                items: {
                                    buyer: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    lastActivityAt: string;
                                    listing: {
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    seller: string;
                                    /** @enum {string} */
                                    state: "intent" | "negotiation" | "signed";
                                }[];
                                stallDays: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deals the caller's organisation is a party to; the operators all */
        get: {
            parameters: {
                query?: {
                    listingId?: string;
                    page?: number;
                    pageSize?: number;
                    state?: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amountWan: number | null;
                                buyer: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                demand: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                listing: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                seller: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deal: contract facts, the demand (confidential details only once released), the thread, the actions and the stage history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: string[];
                            amountWan: number | null;
                            buyer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            closeReason: string | null;
                            /** Format: uuid */
                            contractFileId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            demandRecord: {
                                /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                                allowedActions: string[];
                                budgetWan: number | null;
                                /** @description null unless the caller is the owner or an operator */
                                confidentialDetails: string | null;
                                contacts: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                deadline: string | null;
                                /** Format: date-time */
                                expiresAt: string | null;
                                fields: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /** @enum {string|null} */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Why the last review sent it back; cleared when it is submitted again */
                                rejectionReason: string | null;
                                stages: ("实验室" | "小试" | "中试" | "量产")[];
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                /**
                                 * Format: date-time
                                 * @description Its last submission for review; null if never submitted
                                 */
                                submittedAt: string | null;
                                summary: string;
                                targets: string;
                                ticketMaxWan: number | null;
                                ticketMinWan: number | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            history: {
                                timeInStates: {
                                    current: boolean;
                                    ms: number;
                                    state: string;
                                }[];
                                transitions: {
                                    action: string;
                                    actorId: string | null;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            introductionId: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "seller" | "buyer" | "operator";
                            }[];
                            /** @enum {string|null} */
                            mode: "转让" | "许可" | "作价入股" | "合作开发" | "技术服务" | null;
                            registrationNumber: string | null;
                            seller: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            side: "seller" | "buyer" | "operator";
                            signedOn: string | null;
                            /** @enum {string} */
                            state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/deals/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a deal: negotiate; sign { amountWan, signedOn, mode, contractFileId }; register { registrationNumber }; complete; close { reason }
         * @description 404 for a deal the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed; 400 for missing evidence.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The evidence the action takes: reject needs { reason } */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: string[];
                            amountWan: number | null;
                            buyer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            closeReason: string | null;
                            /** Format: uuid */
                            contractFileId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            demandRecord: {
                                /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                                allowedActions: string[];
                                budgetWan: number | null;
                                /** @description null unless the caller is the owner or an operator */
                                confidentialDetails: string | null;
                                contacts: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                deadline: string | null;
                                /** Format: date-time */
                                expiresAt: string | null;
                                fields: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /** @enum {string|null} */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Why the last review sent it back; cleared when it is submitted again */
                                rejectionReason: string | null;
                                stages: ("实验室" | "小试" | "中试" | "量产")[];
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                /**
                                 * Format: date-time
                                 * @description Its last submission for review; null if never submitted
                                 */
                                submittedAt: string | null;
                                summary: string;
                                targets: string;
                                ticketMaxWan: number | null;
                                ticketMinWan: number | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            history: {
                                timeInStates: {
                                    current: boolean;
                                    ms: number;
                                    state: string;
                                }[];
                                transitions: {
                                    action: string;
                                    actorId: string | null;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            introductionId: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "seller" | "buyer" | "operator";
                            }[];
                            /** @enum {string|null} */
                            mode: "转让" | "许可" | "作价入股" | "合作开发" | "技术服务" | null;
                            registrationNumber: string | null;
                            seller: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            side: "seller" | "buyer" | "operator";
                            signedOn: string | null;
                            /** @enum {string} */
                            state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/deals/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write on the deal's thread */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowedActions: string[];
                            amountWan: number | null;
                            buyer: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            closeReason: string | null;
                            /** Format: uuid */
                            contractFileId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            demandRecord: {
                                /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                                allowedActions: string[];
                                budgetWan: number | null;
                                /** @description null unless the caller is the owner or an operator */
                                confidentialDetails: string | null;
                                contacts: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                deadline: string | null;
                                /** Format: date-time */
                                expiresAt: string | null;
                                fields: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /** @enum {string|null} */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Why the last review sent it back; cleared when it is submitted again */
                                rejectionReason: string | null;
                                stages: ("实验室" | "小试" | "中试" | "量产")[];
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                /**
                                 * Format: date-time
                                 * @description Its last submission for review; null if never submitted
                                 */
                                submittedAt: string | null;
                                summary: string;
                                targets: string;
                                ticketMaxWan: number | null;
                                ticketMinWan: number | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            history: {
                                timeInStates: {
                                    current: boolean;
                                    ms: number;
                                    state: string;
                                }[];
                                transitions: {
                                    action: string;
                                    actorId: string | null;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                            };
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            introductionId: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "seller" | "buyer" | "operator";
                            }[];
                            /** @enum {string|null} */
                            mode: "转让" | "许可" | "作价入股" | "合作开发" | "技术服务" | null;
                            registrationNumber: string | null;
                            seller: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            side: "seller" | "buyer" | "operator";
                            signedOn: string | null;
                            /** @enum {string} */
                            state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demands the caller may see, a page at a time */
        get: {
            parameters: {
                query?: {
                    fieldId?: string;
                    kind?: "technology" | "capital";
                    /** @description Demands a technology at this stage answers: technology demands needing this stage or an earlier one, capital demands investing in it */
                    maturity?: "实验室" | "小试" | "中试" | "量产";
                    /** @description asc for the oldest first (the review queue) */
                    order?: "asc" | "desc";
                    ownerId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description Words of the title, summary or keywords, in Simplified or Traditional */
                    q?: string;
                    /** @description submittedAt: the last submission for review; records never submitted come last either way */
                    sort?: "createdAt" | "updatedAt" | "submittedAt";
                    state?: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                                allowedActions: string[];
                                budgetWan: number | null;
                                /** @description null unless the caller is the owner or an operator */
                                confidentialDetails: string | null;
                                contacts: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                deadline: string | null;
                                /** Format: date-time */
                                expiresAt: string | null;
                                fields: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /** @enum {string|null} */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Why the last review sent it back; cleared when it is submitted again */
                                rejectionReason: string | null;
                                stages: ("实验室" | "小试" | "中试" | "量产")[];
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                /**
                                 * Format: date-time
                                 * @description Its last submission for review; null if never submitted
                                 */
                                submittedAt: string | null;
                                summary: string;
                                targets: string;
                                ticketMaxWan: number | null;
                                ticketMinWan: number | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a demand (a draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetWan?: number | null;
                        /** @description Read only by the owner and the operators */
                        confidentialDetails?: string;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                        }[];
                        /** Format: date */
                        deadline?: string | null;
                        /** @description A technology demand's field (one at most), an investor's fields */
                        fieldIds?: string[];
                        /** @enum {string|null} */
                        ipOwnership?: "demander" | "provider" | "shared" | "negotiable" | null;
                        /** @enum {string} */
                        kind: "technology" | "capital";
                        /** @enum {string|null} */
                        maturityNeeded?: "实验室" | "小试" | "中试" | "量产" | null;
                        modes?: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                        /**
                         * Format: uuid
                         * @description The owner organisation's enterprise id; reviewers only, others own what they create
                         */
                        ownerId?: string;
                        /** @description Capital: the stages invested in */
                        stages?: ("实验室" | "小试" | "中试" | "量产")[];
                        summary: string;
                        /** @description Technology: the quantified targets */
                        targets?: string;
                        ticketMaxWan?: number | null;
                        ticketMinWan?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            budgetWan: number | null;
                            /** @description null unless the caller is the owner or an operator */
                            confidentialDetails: string | null;
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            /** Format: date-time */
                            expiresAt: string | null;
                            fields: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                            /** @enum {string} */
                            kind: "technology" | "capital";
                            /** @enum {string|null} */
                            maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            stages: ("实验室" | "小试" | "中试" | "量产")[];
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            targets: string;
                            ticketMaxWan: number | null;
                            ticketMinWan: number | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One demand; its confidential details only for its owner and the operators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            budgetWan: number | null;
                            /** @description null unless the caller is the owner or an operator */
                            confidentialDetails: string | null;
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            /** Format: date-time */
                            expiresAt: string | null;
                            fields: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                            /** @enum {string} */
                            kind: "technology" | "capital";
                            /** @enum {string|null} */
                            maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            stages: ("实验室" | "小试" | "中试" | "量产")[];
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            targets: string;
                            ticketMaxWan: number | null;
                            ticketMinWan: number | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft demand
         * @description 409 market.notDraft once submitted.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        budgetWan?: number | null;
                        /** @description Read only by the owner and the operators */
                        confidentialDetails?: string;
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                        }[];
                        /** Format: date */
                        deadline?: string | null;
                        /** @description A technology demand's field (one at most), an investor's fields */
                        fieldIds?: string[];
                        /** @enum {string|null} */
                        ipOwnership?: "demander" | "provider" | "shared" | "negotiable" | null;
                        /** @enum {string|null} */
                        maturityNeeded?: "实验室" | "小试" | "中试" | "量产" | null;
                        modes?: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                        /** @description Capital: the stages invested in */
                        stages?: ("实验室" | "小试" | "中试" | "量产")[];
                        summary?: string;
                        /** @description Technology: the quantified targets */
                        targets?: string;
                        ticketMaxWan?: number | null;
                        ticketMinWan?: number | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            budgetWan: number | null;
                            /** @description null unless the caller is the owner or an operator */
                            confidentialDetails: string | null;
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            /** Format: date-time */
                            expiresAt: string | null;
                            fields: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                            /** @enum {string} */
                            kind: "technology" | "capital";
                            /** @enum {string|null} */
                            maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            stages: ("实验室" | "小试" | "中试" | "量产")[];
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            targets: string;
                            ticketMaxWan: number | null;
                            ticketMinWan: number | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/market/demands/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a workflow action: submit, approve, reject (with { reason }), withdraw, redraft (a withdrawn record back to draft) or renew
         * @description 404 for a record the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The evidence the action takes: reject needs { reason } */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            budgetWan: number | null;
                            /** @description null unless the caller is the owner or an operator */
                            confidentialDetails: string | null;
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            deadline: string | null;
                            /** Format: date-time */
                            expiresAt: string | null;
                            fields: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                            /** @enum {string} */
                            kind: "technology" | "capital";
                            /** @enum {string|null} */
                            maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            stages: ("实验室" | "小试" | "中试" | "量产")[];
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            targets: string;
                            ticketMaxWan: number | null;
                            ticketMinWan: number | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/demands/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The state history: every transition with its actor, time and evidence, and the time spent in each state
         * @description For the owner and the reviewers; 404 for anyone else.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timeInStates: {
                                current: boolean;
                                ms: number;
                                state: string;
                            }[];
                            transitions: {
                                action: string;
                                actorId: string | null;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/demands/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published listings that best answer a demand, each with why, in the reader’s language
         * @description For a demand the caller may see (its owner, reviewers, anyone once published); 404 otherwise.
         */
        get: {
            parameters: {
                query?: {
                    /** @description How many of the best matches */
                    top?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description In the reader's language */
                                field: string | null;
                                /** Format: uuid */
                                id: string;
                                keywords: string[];
                                /** @enum {string|null} */
                                maturity: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: string | null;
                                priceWan: number | null;
                                /** @description Why it matches, best reason first */
                                reasons: {
                                    /** @enum {string} */
                                    kind: "terms" | "field" | "maturity" | "price" | "modes" | "region";
                                    /** @enum {string} */
                                    status: "met" | "partly" | "unmet";
                                    /** @description In the reader's language */
                                    text: string;
                                }[];
                                /** @description Text relevance × structured fit; comparable within one answer only */
                                score: number;
                                summary: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The technology fields, named in the request's language */
        get: {
            parameters: {
                query?: {
                    /** @description Deactivated fields too (for administering the list) */
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            name: string;
                            nameEn: string;
                            nameZh: string;
                            position: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a field */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GB/T 4754-2017 code at any level, 'C397' */
                        industryCode?: string | null;
                        /** @description Simplified Chinese */
                        name: string;
                        nameEn: string;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            name: string;
                            nameEn: string;
                            nameZh: string;
                            position: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or deactivate a field */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description false deactivates: kept on records, no longer offered */
                        active?: boolean;
                        /** @description GB/T 4754-2017 code at any level, 'C397' */
                        industryCode?: string | null;
                        /** @description Simplified Chinese */
                        name?: string;
                        nameEn?: string;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            name: string;
                            nameEn: string;
                            nameZh: string;
                            position: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/market/funnels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organisation's listings, the latest changed first, each with its funnel; none for a caller acting for no organisation */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                funnel: {
                                    accepted: number;
                                    contractAmountWan: number;
                                    introductionRequests: number;
                                    matchedDemands: number;
                                    signedDeals: number;
                                    views: number;
                                };
                                listing: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                    title: string;
                                };
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/introductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Introductions the caller's organisation asked for, was proposed for or owns the listing of; the operators all */
        get: {
            parameters: {
                query?: {
                    /** @description Only those waiting for the caller's organisation to decide (the owner's inbox) */
                    awaitingMe?: "true" | "false";
                    listingId?: string;
                    page?: number;
                    pageSize?: number;
                    state?: "requested" | "accepted" | "declined";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                canDecide: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                deal: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                                } | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                                /** @enum {string|null} */
                                declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                                declineText: string | null;
                                demand: {
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                } | null;
                                /** Format: date-time */
                                demandAcceptedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                listing: {
                                    /** Format: uuid */
                                    id: string;
                                    owner: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    title: string;
                                };
                                /** Format: date-time */
                                listingAcceptedAt: string | null;
                                message: string;
                                /** @enum {string} */
                                origin: "request" | "proposal";
                                party: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                state: "requested" | "accepted" | "declined";
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask for an introduction to a published listing, for one's own organisation, optionally about one's own demand
         * @description 201 when created; 200 with the open one when the organisation already has one to this listing. 404 for an unseen listing or a demand not its own; 409 deal.listingNotPublished, deal.demandNotPublished, deal.ownListing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description One of the caller's own demands the listing would answer
                         */
                        demandId?: string | null;
                        /** Format: uuid */
                        listingId: string;
                        /** @default  */
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/introductions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One introduction, with the demand it is about as the caller may read it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            demandRecord: {
                                /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                                allowedActions: string[];
                                budgetWan: number | null;
                                /** @description null unless the caller is the owner or an operator */
                                confidentialDetails: string | null;
                                contacts: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                deadline: string | null;
                                /** Format: date-time */
                                expiresAt: string | null;
                                fields: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /** @enum {string|null} */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Why the last review sent it back; cleared when it is submitted again */
                                rejectionReason: string | null;
                                stages: ("实验室" | "小试" | "中试" | "量产")[];
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                /**
                                 * Format: date-time
                                 * @description Its last submission for review; null if never submitted
                                 */
                                submittedAt: string | null;
                                summary: string;
                                targets: string;
                                ticketMaxWan: number | null;
                                ticketMinWan: number | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/introductions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an introduction waiting for the caller's organisation (the listing's owner, or a proposed demand's owner)
         * @description Accepted by every side asked, it becomes a deal at 意向. 409 deal.notPending; 403 deal.notYourDecision.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/introductions/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an introduction with a reason: stage-too-early, price, benefit-unclear, already-solved, or other with a text */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other";
                        /**
                         * @description Required with reason 'other'
                         * @default
                         */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/introductions/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator proposes an introduction between a published listing and a published demand; both owners decide
         * @description 201 when created; 200 with the open one when the demand's owner already has one to this listing. 409 deal.listingNotPublished, deal.demandNotPublished, deal.ownListing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        demandId: string;
                        /** Format: uuid */
                        listingId: string;
                        /** @default  */
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canDecide: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            deal: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered" | "completed" | "closed";
                            } | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** @enum {string|null} */
                            declineReason: "stage-too-early" | "price" | "benefit-unclear" | "already-solved" | "other" | null;
                            declineText: string | null;
                            demand: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                            } | null;
                            /** Format: date-time */
                            demandAcceptedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            listing: {
                                /** Format: uuid */
                                id: string;
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                            };
                            /** Format: date-time */
                            listingAcceptedAt: string | null;
                            message: string;
                            /** @enum {string} */
                            origin: "request" | "proposal";
                            party: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            state: "requested" | "accepted" | "declined";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Listings the caller may see, a page at a time */
        get: {
            parameters: {
                query?: {
                    fieldId?: string;
                    /** @description Listings at this stage or a later one (中试: 中试 and 量产); a listing stating no stage is left out */
                    minMaturity?: "实验室" | "小试" | "中试" | "量产";
                    /** @description Listings at this technology readiness level or higher; a listing stating none is left out */
                    minTrl?: number;
                    /** @description asc for the oldest first (the review queue) */
                    order?: "asc" | "desc";
                    ownerId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description Words of the title, summary or keywords, in Simplified or Traditional */
                    q?: string;
                    /** @description submittedAt: the last submission for review; records never submitted come last either way */
                    sort?: "createdAt" | "updatedAt" | "submittedAt";
                    state?: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                                allowedActions: string[];
                                contacts: {
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                details: string;
                                /** Format: date-time */
                                expiresAt: string | null;
                                field: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                keywords: string[];
                                /** @enum {string|null} */
                                maturity: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                patents: {
                                    number: string;
                                    /** @enum {string} */
                                    status: "pending" | "granted" | "expired" | "invalid";
                                    /** @enum {string} */
                                    type: "invention" | "utility-model" | "design" | "software-copyright";
                                }[];
                                priceWan: number | null;
                                /** @description Why the last review sent it back; cleared when it is submitted again */
                                rejectionReason: string | null;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                                /**
                                 * Format: date-time
                                 * @description Its last submission for review; null if never submitted
                                 */
                                submittedAt: string | null;
                                summary: string;
                                title: string;
                                trl: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a listing (a draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                        }[];
                        details?: string;
                        /** Format: uuid */
                        fieldId?: string | null;
                        keywords?: string[];
                        /** @enum {string|null} */
                        maturity?: "实验室" | "小试" | "中试" | "量产" | null;
                        modes?: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                        /**
                         * Format: uuid
                         * @description The owner organisation's enterprise id; reviewers only, others own what they create
                         */
                        ownerId?: string;
                        patents?: {
                            number: string;
                            /** @enum {string} */
                            status: "pending" | "granted" | "expired" | "invalid";
                            /**
                             * @description 发明, 实用新型, 外观设计, 软件著作权
                             * @enum {string}
                             */
                            type: "invention" | "utility-model" | "design" | "software-copyright";
                        }[];
                        /** @description Asking price in 万元; null is 面议 */
                        priceWan?: number | null;
                        summary: string;
                        title: string;
                        /** @description Technology readiness level 1–9 */
                        trl?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            details: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            field: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            keywords: string[];
                            /** @enum {string|null} */
                            maturity: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            patents: {
                                number: string;
                                /** @enum {string} */
                                status: "pending" | "granted" | "expired" | "invalid";
                                /** @enum {string} */
                                type: "invention" | "utility-model" | "design" | "software-copyright";
                            }[];
                            priceWan: number | null;
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            title: string;
                            trl: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One listing; a reader other than its owner and the reviewers adds a view */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            details: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            field: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            keywords: string[];
                            /** @enum {string|null} */
                            maturity: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            patents: {
                                number: string;
                                /** @enum {string} */
                                status: "pending" | "granted" | "expired" | "invalid";
                                /** @enum {string} */
                                type: "invention" | "utility-model" | "design" | "software-copyright";
                            }[];
                            priceWan: number | null;
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            title: string;
                            trl: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft listing
         * @description 409 market.notDraft once submitted.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contacts?: {
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                        }[];
                        details?: string;
                        /** Format: uuid */
                        fieldId?: string | null;
                        keywords?: string[];
                        /** @enum {string|null} */
                        maturity?: "实验室" | "小试" | "中试" | "量产" | null;
                        modes?: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                        patents?: {
                            number: string;
                            /** @enum {string} */
                            status: "pending" | "granted" | "expired" | "invalid";
                            /**
                             * @description 发明, 实用新型, 外观设计, 软件著作权
                             * @enum {string}
                             */
                            type: "invention" | "utility-model" | "design" | "software-copyright";
                        }[];
                        /** @description Asking price in 万元; null is 面议 */
                        priceWan?: number | null;
                        summary?: string;
                        title?: string;
                        /** @description Technology readiness level 1–9 */
                        trl?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            details: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            field: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            keywords: string[];
                            /** @enum {string|null} */
                            maturity: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            patents: {
                                number: string;
                                /** @enum {string} */
                                status: "pending" | "granted" | "expired" | "invalid";
                                /** @enum {string} */
                                type: "invention" | "utility-model" | "design" | "software-copyright";
                            }[];
                            priceWan: number | null;
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            title: string;
                            trl: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/market/listings/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a workflow action: submit, approve, reject (with { reason }), withdraw, redraft (a withdrawn record back to draft) or renew
         * @description 404 for a record the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The evidence the action takes: reject needs { reason } */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The workflow actions the caller may take now (POST …/actions/{action}) */
                            allowedActions: string[];
                            contacts: {
                                email: string | null;
                                name: string;
                                phone: string | null;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            details: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            field: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            keywords: string[];
                            /** @enum {string|null} */
                            maturity: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            patents: {
                                number: string;
                                /** @enum {string} */
                                status: "pending" | "granted" | "expired" | "invalid";
                                /** @enum {string} */
                                type: "invention" | "utility-model" | "design" | "software-copyright";
                            }[];
                            priceWan: number | null;
                            /** @description Why the last review sent it back; cleared when it is submitted again */
                            rejectionReason: string | null;
                            /** @enum {string} */
                            state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            /**
                             * Format: date-time
                             * @description Its last submission for review; null if never submitted
                             */
                            submittedAt: string | null;
                            summary: string;
                            title: string;
                            trl: number | null;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/listings/{id}/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A listing's funnel for its owner and the operators: views, matched demands, introductions asked for and accepted, deals signed, contract amount */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accepted: number;
                            contractAmountWan: number;
                            introductionRequests: number;
                            matchedDemands: number;
                            signedDeals: number;
                            views: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/listings/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The state history: every transition with its actor, time and evidence, and the time spent in each state
         * @description For the owner and the reviewers; 404 for anyone else.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timeInStates: {
                                current: boolean;
                                ms: number;
                                state: string;
                            }[];
                            transitions: {
                                action: string;
                                actorId: string | null;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: unknown;
                                fromState: string | null;
                                toState: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/listings/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published demands (technology and capital) that a listing best answers, each with why
         * @description For a listing the caller may see; 404 otherwise. Demands show their public words only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description How many of the best matches */
                    top?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Technology: the budget; capital: the largest ticket */
                                budgetWan: number | null;
                                /** @description In the reader's language */
                                field: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /**
                                 * @description Technology: the least maturity; capital: the earliest stage invested in
                                 * @enum {string|null}
                                 */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                /** @description Why it matches, best reason first */
                                reasons: {
                                    /** @enum {string} */
                                    kind: "terms" | "field" | "maturity" | "price" | "modes" | "region";
                                    /** @enum {string} */
                                    status: "met" | "partly" | "unmet";
                                    /** @description In the reader's language */
                                    text: string;
                                }[];
                                /** @description Text relevance × structured fit; comparable within one answer only */
                                score: number;
                                /** @description The public summary and targets; never the confidential details */
                                summary: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/match-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The best published listings for a demand being written, as the demand form shows them while one types
         * @description Nothing is stored. Every field is optional; a draft without words matches nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        budgetWan?: number | null;
                        /** @default [] */
                        fieldIds?: string[];
                        /**
                         * @default technology
                         * @enum {string}
                         */
                        kind?: "technology" | "capital";
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        maturityNeeded?: "实验室" | "小试" | "中试" | "量产" | null;
                        /** @default [] */
                        modes?: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                        /** @default [] */
                        stages?: ("实验室" | "小试" | "中试" | "量产")[];
                        /** @default  */
                        summary?: string;
                        /** @default  */
                        targets?: string;
                        /** @default null */
                        ticketMaxWan?: number | null;
                        /** @default  */
                        title?: string;
                        /** @default 20 */
                        top?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description In the reader's language */
                                field: string | null;
                                /** Format: uuid */
                                id: string;
                                keywords: string[];
                                /** @enum {string|null} */
                                maturity: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: string | null;
                                priceWan: number | null;
                                /** @description Why it matches, best reason first */
                                reasons: {
                                    /** @enum {string} */
                                    kind: "terms" | "field" | "maturity" | "price" | "modes" | "region";
                                    /** @enum {string} */
                                    status: "met" | "partly" | "unmet";
                                    /** @description In the reader's language */
                                    text: string;
                                }[];
                                /** @description Text relevance × structured fit; comparable within one answer only */
                                score: number;
                                summary: string;
                                title: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The technology market's figures by month (Beijing time), by field, of review, and of states now */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deals: {
                                contractAmountWan: number;
                                dealsCompleted: number;
                                dealsSigned: number;
                                introductionsAccepted: number;
                                introductionsRequested: number;
                            };
                            dealStages: {
                                medianDays: number | null;
                                moves: number;
                                /** @enum {string} */
                                state: "intent" | "negotiation" | "signed" | "registered";
                            }[];
                            fieldDeals: {
                                acceptedRate: number | null;
                                completedRate: number | null;
                                contractAmountWan: number;
                                dealsCompleted: number;
                                dealsSigned: number;
                                /** Format: uuid */
                                fieldId: string | null;
                                fieldName: string | null;
                                introductionsAccepted: number;
                                introductionsRequested: number;
                                signedRate: number | null;
                            }[];
                            fields: {
                                capitalDemands: number;
                                /** Format: uuid */
                                fieldId: string | null;
                                fieldName: string | null;
                                listings: number;
                                technologyDemands: number;
                            }[];
                            months: {
                                contractAmountWan: number;
                                dealsSigned: number;
                                demandsCreated: number;
                                demandsPublished: number;
                                demandsSubmitted: number;
                                listingsCreated: number;
                                listingsPublished: number;
                                listingsSubmitted: number;
                                month: string;
                            }[];
                            range: {
                                from: string;
                                to: string;
                            };
                            review: {
                                approved: number;
                                /** @enum {string} */
                                kind: "listing" | "demand";
                                medianDaysToDecision: number | null;
                                rejected: number;
                            }[];
                            states: {
                                count: number;
                                /** @enum {string} */
                                kind: "listing" | "demand";
                                /** @enum {string} */
                                state: "draft" | "submitted" | "published" | "withdrawn" | "expired";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/market/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures as an .xlsx workbook in the request's language, a sheet per table */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first, in the request's language */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** @description What happened, namespaced by module, e.g. listing.matched */
                                kind: string;
                                /** @description The app path it leads to */
                                link: string | null;
                                /** Format: date-time */
                                readAt: string | null;
                                record: {
                                    id: string;
                                    kind: string;
                                } | null;
                                /** @description The notice in the request's language */
                                text: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where and how often the caller's notifications are e-mailed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                            /** @enum {string} */
                            emailDelivery: "off" | "immediate" | "digest";
                            /** @description Whether this server sends e-mail at all (SMTP_URL) */
                            mailConfigured: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set where and how often the caller's notifications are e-mailed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where notification e-mails go; blank for none */
                        email: string | null;
                        /**
                         * @description off, immediate (one e-mail per notice) or digest (one a day, 08:00 Beijing time)
                         * @enum {string}
                         */
                        emailDelivery: "off" | "immediate" | "digest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                            /** @enum {string} */
                            emailDelivery: "off" | "immediate" | "digest";
                            /** @description Whether this server sends e-mail at all (SMTP_URL) */
                            mailConfigured: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every one of the caller's notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's unread count as it changes (`unread`), and changes of records meant for them (`change`: topic and ids; `resync`: refetch everything live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server-sent events: `unread` with `{"count": n}` on connecting and after every change, a comment every 25 s. Ends when the session does (then reconnecting answers 401) or the server stops. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published technology and capital demands, a page at a time (at most 50) */
        get: {
            parameters: {
                query?: {
                    fieldId?: string;
                    kind?: "technology" | "capital";
                    page?: number;
                    pageSize?: number;
                    /** @description Words of the title, summary or keywords, in Simplified or Traditional */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                budgetWan: number | null;
                                deadline: string | null;
                                /** Format: date-time */
                                expiresAt: string | null;
                                fields: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description In the request's language */
                                    name: string;
                                }[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                                /** @enum {string} */
                                kind: "technology" | "capital";
                                /** @enum {string|null} */
                                maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** @enum {string} */
                                    kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                                    name: string;
                                };
                                /**
                                 * Format: date-time
                                 * @description When it was last approved or renewed
                                 */
                                publishedAt: string;
                                stages: ("实验室" | "小试" | "中试" | "量产")[];
                                summary: string;
                                targets: string;
                                ticketMaxWan: number | null;
                                ticketMinWan: number | null;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published demand, without its confidential details
         * @description 404 for any demand not published.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            budgetWan: number | null;
                            deadline: string | null;
                            /** Format: date-time */
                            expiresAt: string | null;
                            fields: {
                                /** Format: uuid */
                                id: string;
                                /** @description In the request's language */
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            ipOwnership: "demander" | "provider" | "shared" | "negotiable" | null;
                            /** @enum {string} */
                            kind: "technology" | "capital";
                            /** @enum {string|null} */
                            maturityNeeded: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** @enum {string} */
                                kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                                name: string;
                            };
                            /**
                             * Format: date-time
                             * @description When it was last approved or renewed
                             */
                            publishedAt: string;
                            stages: ("实验室" | "小试" | "中试" | "量产")[];
                            summary: string;
                            targets: string;
                            ticketMaxWan: number | null;
                            ticketMinWan: number | null;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The technology fields to filter by, named in the request's language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description In the request's language */
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/listings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published listings, a page at a time (at most 50) */
        get: {
            parameters: {
                query?: {
                    fieldId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description Words of the title, summary or keywords, in Simplified or Traditional */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                expiresAt: string | null;
                                field: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description In the request's language */
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                keywords: string[];
                                /** @enum {string|null} */
                                maturity: "实验室" | "小试" | "中试" | "量产" | null;
                                modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                                owner: {
                                    /** @enum {string} */
                                    kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                                    name: string;
                                };
                                patents: {
                                    number: string;
                                    /** @enum {string} */
                                    status: "pending" | "granted" | "expired" | "invalid";
                                    /** @enum {string} */
                                    type: "invention" | "utility-model" | "design" | "software-copyright";
                                }[];
                                /** @description null is 面议 */
                                priceWan: number | null;
                                /**
                                 * Format: date-time
                                 * @description When it was last approved or renewed
                                 */
                                publishedAt: string;
                                summary: string;
                                title: string;
                                trl: number | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/listings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published listing; counts as a view of it
         * @description 404 for any listing not published.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details: string;
                            /** Format: date-time */
                            expiresAt: string | null;
                            field: {
                                /** Format: uuid */
                                id: string;
                                /** @description In the request's language */
                                name: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            keywords: string[];
                            /** @enum {string|null} */
                            maturity: "实验室" | "小试" | "中试" | "量产" | null;
                            modes: ("转让" | "许可" | "作价入股" | "合作开发" | "技术服务")[];
                            owner: {
                                /** @enum {string} */
                                kind: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                                name: string;
                            };
                            patents: {
                                number: string;
                                /** @enum {string} */
                                status: "pending" | "granted" | "expired" | "invalid";
                                /** @enum {string} */
                                type: "invention" | "utility-model" | "design" | "software-copyright";
                            }[];
                            /** @description null is 面议 */
                            priceWan: number | null;
                            /**
                             * Format: date-time
                             * @description When it was last approved or renewed
                             */
                            publishedAt: string;
                            summary: string;
                            title: string;
                            trl: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the projects the caller sees, filtered */
        get: {
            parameters: {
                query?: {
                    /** @description Created (entered 线索) on or after */
                    createdFrom?: string;
                    /** @description Created on or before */
                    createdTo?: string;
                    /** @description Only projects whose next follow-up is today or overdue */
                    due?: "true" | "false";
                    /** @description Next follow-up on or after (the calendar) */
                    followUpFrom?: string;
                    /** @description Next follow-up on or before (the calendar) */
                    followUpTo?: string;
                    kind?: "new" | "capitalIncrease";
                    /** @description Left this stage at least once */
                    leftStage?: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                    managerId?: string;
                    /** @description Only the projects the caller manages */
                    mine?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                    /** @description The project's or the enterprise's name, in either script */
                    q?: string;
                    /** @description Reached this pipeline stage or a later one at some time */
                    reachedStage?: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity";
                    /** @description GB/T 2260 district or zone code, or 'none' */
                    regionCode?: string | "none";
                    /** @description GB/T 4754 section letter of the industry ('C' manufacturing), or 'none' */
                    sector?: string | "none";
                    /** @description First (counted) signing on or after; only projects with an agreed amount */
                    signedFrom?: string;
                    /** @description First (counted) signing on or before */
                    signedTo?: string;
                    stage?: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                    /** @description Only projects longer than PROJECT_STALL_DAYS in their working stage */
                    stalled?: "true" | "false";
                    /** @description The keeping team, or 'none' */
                    teamId?: string | "none";
                    /** @description Agreed amount with or without a live agreement file */
                    verification?: "verified" | "unverified";
                    /** @description Leave out projects whose agreed amount has no agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                agreedAmountWan: number | null;
                                annualOutputWan: number | null;
                                annualTaxWan: number | null;
                                baseAmountWan: number | null;
                                /** @enum {string|null} */
                                capitalOrigin: "domestic" | "foreign" | null;
                                countedAmountWan: number;
                                /** Format: date-time */
                                createdAt: string;
                                daysInStage: number;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                firstSignedOn: string | null;
                                /** @enum {string|null} */
                                heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                                holdReason: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                increaseOfProjectId: string | null;
                                industryCode: string | null;
                                industryName: string | null;
                                jobs: number | null;
                                /** @enum {string} */
                                kind: "new" | "capitalIncrease";
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                managerId: string | null;
                                managerName: string | null;
                                managerOnly: boolean;
                                name: string;
                                nextFollowUpOn: string | null;
                                producingOn: string | null;
                                regionCode: string | null;
                                regionName: string | null;
                                /** Format: uuid */
                                registeredEnterpriseId: string | null;
                                registeredEnterpriseName: string | null;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                /** Format: date-time */
                                stageEnteredAt: string;
                                stalled: boolean;
                                startedOn: string | null;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                terminateReason: string | null;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a project at 线索: for an existing enterprise, a new one, a lead (converted) or as a capital increase
         * @description A new enterprise goes through the register's own checks: 409 enterprise.possibleDuplicate unless confirmDuplicate.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A new enterprise, created through the enterprise register's own checks */
                        enterprise?: {
                            address?: string | null;
                            /** @description Save although the name is near-identical to an existing enterprise (never overrides a taken credit code) */
                            confirmDuplicate?: boolean;
                            /** @description The whole list: contacts left out are removed */
                            contacts?: {
                                email?: string | null;
                                /**
                                 * Format: uuid
                                 * @description An existing contact's id keeps it (and what links to it); absent adds one
                                 */
                                id?: string;
                                /** @default false */
                                isPrimary?: boolean;
                                name: string;
                                phone?: string | null;
                                title?: string | null;
                            }[];
                            /** @description 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted */
                            creditCode?: string | null;
                            formerNames?: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            foundedOn?: string | null;
                            /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                            industryCode?: string | null;
                            /**
                             * @description What kind of organisation: company unless given
                             * @enum {string}
                             */
                            kind?: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            name: string;
                            /** @description GB/T 2260 code, e.g. '370212' */
                            regionCode?: string | null;
                            /** @description 注册资本, in 万元 (10,000 CNY) */
                            registeredCapitalWan?: number | null;
                            /** @enum {string|null} */
                            sizeClass?: "large" | "medium" | "small" | "micro" | null;
                            tagIds?: string[];
                        };
                        /**
                         * Format: uuid
                         * @description An existing enterprise; or give `enterprise` to create one, or a lead or the project a capital increase adds to
                         */
                        enterpriseId?: string;
                        /**
                         * Format: uuid
                         * @description For a capital increase: the earlier project it adds to
                         */
                        increaseOfProjectId?: string;
                        /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                        industryCode?: string | null;
                        /**
                         * @default new
                         * @enum {string}
                         */
                        kind?: "new" | "capitalIncrease";
                        /** @description Where it lands (落地载体): a site and optionally its building, floor or unit; null clears it */
                        landing?: {
                            /**
                             * Format: uuid
                             * @description A building of that site
                             */
                            buildingId?: string | null;
                            /**
                             * Format: uuid
                             * @description A floor of that building
                             */
                            floorId?: string | null;
                            /** Format: uuid */
                            siteId: string;
                            /**
                             * Format: uuid
                             * @description A unit of that site (of that floor, when one is given)
                             */
                            unitId?: string | null;
                        } | null;
                        /**
                         * Format: uuid
                         * @description The lead it comes from, which is marked converted
                         */
                        leadId?: string;
                        /**
                         * Format: uuid
                         * @description The managing officer; the creator when absent
                         */
                        managerId?: string;
                        /**
                         * @description Only the manager (or an administrator) moves its stage
                         * @default false
                         */
                        managerOnly?: boolean;
                        name: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        nextFollowUpOn?: string | null;
                        /** @description GB/T 2260 district or zone code, e.g. '370215' */
                        regionCode?: string | null;
                        /**
                         * Format: uuid
                         * @description The keeping team; the lead's, or the creator's team today, when absent
                         */
                        teamId?: string | null;
                        /**
                         * Format: uuid
                         * @description The visit it comes from (one the caller reads): its enterprise and, when `teamId` is absent, its team
                         */
                        visitId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            agreedAmountWan: number | null;
                            amountChanges: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string;
                                /** Format: uuid */
                                id: string;
                                newAmountWan: number;
                                oldAmountWan: number;
                                reason: string;
                            }[];
                            annualOutputWan: number | null;
                            annualTaxWan: number | null;
                            baseAmountWan: number | null;
                            /** @enum {string|null} */
                            capitalOrigin: "domestic" | "foreign" | null;
                            countedAmountWan: number;
                            /** Format: date-time */
                            createdAt: string;
                            daysInStage: number;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            firstSignedOn: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            increaseOfProjectId: string | null;
                            industryCode: string | null;
                            industryName: string | null;
                            jobs: number | null;
                            /** @enum {string} */
                            kind: "new" | "capitalIncrease";
                            landing: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            } | null;
                            /** Format: uuid */
                            leadId: string | null;
                            /** Format: uuid */
                            managerId: string | null;
                            managerName: string | null;
                            managerOnly: boolean;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            nextFollowUpOn: string | null;
                            originVisit: {
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                visitedOn: string;
                            } | null;
                            producingOn: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            registeredEnterpriseId: string | null;
                            registeredEnterpriseName: string | null;
                            signings: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                amountWan: number;
                                /** @enum {string} */
                                capitalOrigin: "domestic" | "foreign";
                                counted: boolean;
                                event: {
                                    heldOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            /** @enum {string} */
                            stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            stalled: boolean;
                            startedOn: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            terminateReason: string | null;
                            /** @enum {string|null} */
                            verification: "verified" | "unverified" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One project with its signings, amount history, days in each stage, moves and the actions the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            agreedAmountWan: number | null;
                            amountChanges: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string;
                                /** Format: uuid */
                                id: string;
                                newAmountWan: number;
                                oldAmountWan: number;
                                reason: string;
                            }[];
                            annualOutputWan: number | null;
                            annualTaxWan: number | null;
                            baseAmountWan: number | null;
                            /** @enum {string|null} */
                            capitalOrigin: "domestic" | "foreign" | null;
                            countedAmountWan: number;
                            /** Format: date-time */
                            createdAt: string;
                            daysInStage: number;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            firstSignedOn: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            increaseOfProjectId: string | null;
                            industryCode: string | null;
                            industryName: string | null;
                            jobs: number | null;
                            /** @enum {string} */
                            kind: "new" | "capitalIncrease";
                            landing: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            } | null;
                            /** Format: uuid */
                            leadId: string | null;
                            /** Format: uuid */
                            managerId: string | null;
                            managerName: string | null;
                            managerOnly: boolean;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            nextFollowUpOn: string | null;
                            originVisit: {
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                visitedOn: string;
                            } | null;
                            producingOn: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            registeredEnterpriseId: string | null;
                            registeredEnterpriseName: string | null;
                            signings: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                amountWan: number;
                                /** @enum {string} */
                                capitalOrigin: "domestic" | "foreign";
                                counted: boolean;
                                event: {
                                    heldOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            /** @enum {string} */
                            stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            stalled: boolean;
                            startedOn: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            terminateReason: string | null;
                            /** @enum {string|null} */
                            verification: "verified" | "unverified" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a project's details, manager or next follow-up */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                        industryCode?: string | null;
                        /** @description Where it lands (落地载体): a site and optionally its building, floor or unit; null clears it */
                        landing?: {
                            /**
                             * Format: uuid
                             * @description A building of that site
                             */
                            buildingId?: string | null;
                            /**
                             * Format: uuid
                             * @description A floor of that building
                             */
                            floorId?: string | null;
                            /** Format: uuid */
                            siteId: string;
                            /**
                             * Format: uuid
                             * @description A unit of that site (of that floor, when one is given)
                             */
                            unitId?: string | null;
                        } | null;
                        /** Format: uuid */
                        managerId?: string;
                        managerOnly?: boolean;
                        name?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        nextFollowUpOn?: string | null;
                        /** @description GB/T 2260 district or zone code, e.g. '370215' */
                        regionCode?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            agreedAmountWan: number | null;
                            amountChanges: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string;
                                /** Format: uuid */
                                id: string;
                                newAmountWan: number;
                                oldAmountWan: number;
                                reason: string;
                            }[];
                            annualOutputWan: number | null;
                            annualTaxWan: number | null;
                            baseAmountWan: number | null;
                            /** @enum {string|null} */
                            capitalOrigin: "domestic" | "foreign" | null;
                            countedAmountWan: number;
                            /** Format: date-time */
                            createdAt: string;
                            daysInStage: number;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            firstSignedOn: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            increaseOfProjectId: string | null;
                            industryCode: string | null;
                            industryName: string | null;
                            jobs: number | null;
                            /** @enum {string} */
                            kind: "new" | "capitalIncrease";
                            landing: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            } | null;
                            /** Format: uuid */
                            leadId: string | null;
                            /** Format: uuid */
                            managerId: string | null;
                            managerName: string | null;
                            managerOnly: boolean;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            nextFollowUpOn: string | null;
                            originVisit: {
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                visitedOn: string;
                            } | null;
                            producingOn: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            registeredEnterpriseId: string | null;
                            registeredEnterpriseName: string | null;
                            signings: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                amountWan: number;
                                /** @enum {string} */
                                capitalOrigin: "domestic" | "foreign";
                                counted: boolean;
                                event: {
                                    heldOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            /** @enum {string} */
                            stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            stalled: boolean;
                            startedOn: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            terminateReason: string | null;
                            /** @enum {string|null} */
                            verification: "verified" | "unverified" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/projects/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a project: contact, intent, negotiate { note? }; sign { signedOn, amountWan, capitalOrigin, agreementFileId }; register { creditCode, entityName? }; beginConstruction { startedOn, fileIds }; produce { producingOn }; reachCapacity { annualOutputWan, annualTaxWan?, jobs? }; hold / terminate { reason }; resume-<stage>
         * @description 404 for a project the caller may not see or an unknown action; 409 workflow.wrongState; 403 workflow.notAllowed (manager only); 400 naming missing evidence.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The evidence the action takes: reject needs { reason } */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            agreedAmountWan: number | null;
                            amountChanges: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string;
                                /** Format: uuid */
                                id: string;
                                newAmountWan: number;
                                oldAmountWan: number;
                                reason: string;
                            }[];
                            annualOutputWan: number | null;
                            annualTaxWan: number | null;
                            baseAmountWan: number | null;
                            /** @enum {string|null} */
                            capitalOrigin: "domestic" | "foreign" | null;
                            countedAmountWan: number;
                            /** Format: date-time */
                            createdAt: string;
                            daysInStage: number;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            firstSignedOn: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            increaseOfProjectId: string | null;
                            industryCode: string | null;
                            industryName: string | null;
                            jobs: number | null;
                            /** @enum {string} */
                            kind: "new" | "capitalIncrease";
                            landing: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            } | null;
                            /** Format: uuid */
                            leadId: string | null;
                            /** Format: uuid */
                            managerId: string | null;
                            managerName: string | null;
                            managerOnly: boolean;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            nextFollowUpOn: string | null;
                            originVisit: {
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                visitedOn: string;
                            } | null;
                            producingOn: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            registeredEnterpriseId: string | null;
                            registeredEnterpriseName: string | null;
                            signings: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                amountWan: number;
                                /** @enum {string} */
                                capitalOrigin: "domestic" | "foreign";
                                counted: boolean;
                                event: {
                                    heldOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            /** @enum {string} */
                            stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            stalled: boolean;
                            startedOn: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            terminateReason: string | null;
                            /** @enum {string|null} */
                            verification: "verified" | "unverified" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/amount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a signed project's agreed amount, with a reason kept in its history */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The supplementary agreement; without it the new amount is unverified
                         */
                        agreementFileId?: string;
                        amountWan: number;
                        /** @description Required: an amount changes only with a reason */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            agreedAmountWan: number | null;
                            amountChanges: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string;
                                /** Format: uuid */
                                id: string;
                                newAmountWan: number;
                                oldAmountWan: number;
                                reason: string;
                            }[];
                            annualOutputWan: number | null;
                            annualTaxWan: number | null;
                            baseAmountWan: number | null;
                            /** @enum {string|null} */
                            capitalOrigin: "domestic" | "foreign" | null;
                            countedAmountWan: number;
                            /** Format: date-time */
                            createdAt: string;
                            daysInStage: number;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            firstSignedOn: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            increaseOfProjectId: string | null;
                            industryCode: string | null;
                            industryName: string | null;
                            jobs: number | null;
                            /** @enum {string} */
                            kind: "new" | "capitalIncrease";
                            landing: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            } | null;
                            /** Format: uuid */
                            leadId: string | null;
                            /** Format: uuid */
                            managerId: string | null;
                            managerName: string | null;
                            managerOnly: boolean;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            nextFollowUpOn: string | null;
                            originVisit: {
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                visitedOn: string;
                            } | null;
                            producingOn: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            registeredEnterpriseId: string | null;
                            registeredEnterpriseName: string | null;
                            signings: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                amountWan: number;
                                /** @enum {string} */
                                capitalOrigin: "domestic" | "foreign";
                                counted: boolean;
                                event: {
                                    heldOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            /** @enum {string} */
                            stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            stalled: boolean;
                            startedOn: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            terminateReason: string | null;
                            /** @enum {string|null} */
                            verification: "verified" | "unverified" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who a project is credited to: the shares set, or the default rule's */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            credits: {
                                name: string;
                                percent: number;
                                /** Format: uuid */
                                teamId: string | null;
                                /** Format: uuid */
                                userId: string | null;
                            }[];
                            isDefault: boolean;
                            maySet: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace a project's credit: officers' and teams' whole-percent shares summing to 100
         * @description By the project's manager, its team's lead, or an administrator or leader (403 otherwise); 404 for a project the caller may not see.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Shares in whole percent summing to exactly 100; an empty list goes back to the default rule */
                        credits: {
                            percent: number;
                            /**
                             * Format: uuid
                             * @description A team as a whole; or give userId
                             */
                            teamId?: string;
                            /**
                             * Format: uuid
                             * @description An officer; or give teamId
                             */
                            userId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            credits: {
                                name: string;
                                percent: number;
                                /** Format: uuid */
                                teamId: string | null;
                                /** Format: uuid */
                                userId: string | null;
                            }[];
                            isDefault: boolean;
                            maySet: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/signings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a re-signing of a signed project: shown, never counted again; a different amount needs a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The new agreement, a file on the project
                         */
                        agreementFileId: string;
                        /** @description 万元; for a capital increase, the agreed total */
                        amountWan: number;
                        /** @enum {string} */
                        capitalOrigin: "domestic" | "foreign";
                        /**
                         * Format: uuid
                         * @description The promotion event it was signed at (400 for an unknown one)
                         */
                        eventId?: string | null;
                        /** @description Required when the amount differs from the agreed amount */
                        reason?: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        signedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            agreedAmountWan: number | null;
                            amountChanges: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                /** Format: date-time */
                                changedAt: string;
                                changedByName: string;
                                /** Format: uuid */
                                id: string;
                                newAmountWan: number;
                                oldAmountWan: number;
                                reason: string;
                            }[];
                            annualOutputWan: number | null;
                            annualTaxWan: number | null;
                            baseAmountWan: number | null;
                            /** @enum {string|null} */
                            capitalOrigin: "domestic" | "foreign" | null;
                            countedAmountWan: number;
                            /** Format: date-time */
                            createdAt: string;
                            daysInStage: number;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            firstSignedOn: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            increaseOfProjectId: string | null;
                            industryCode: string | null;
                            industryName: string | null;
                            jobs: number | null;
                            /** @enum {string} */
                            kind: "new" | "capitalIncrease";
                            landing: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            } | null;
                            /** Format: uuid */
                            leadId: string | null;
                            /** Format: uuid */
                            managerId: string | null;
                            managerName: string | null;
                            managerOnly: boolean;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            nextFollowUpOn: string | null;
                            originVisit: {
                                /** Format: uuid */
                                id: string;
                                place: string | null;
                                visitedOn: string;
                            } | null;
                            producingOn: string | null;
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            registeredEnterpriseId: string | null;
                            registeredEnterpriseName: string | null;
                            signings: {
                                /** Format: uuid */
                                agreementFileId: string | null;
                                amountWan: number;
                                /** @enum {string} */
                                capitalOrigin: "domestic" | "foreign";
                                counted: boolean;
                                event: {
                                    heldOn: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedByName: string;
                                signedOn: string;
                                /** @enum {string|null} */
                                verification: "verified" | "unverified" | null;
                            }[];
                            /** @enum {string} */
                            stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            stalled: boolean;
                            startedOn: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            terminateReason: string | null;
                            /** @enum {string|null} */
                            verification: "verified" | "unverified" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/talent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The talent records that come with a project, those the caller sees
         * @description 404 for a project the caller does not see.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            currentCity: string | null;
                            field: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            institution: string | null;
                            /** @enum {string} */
                            kind: "person" | "team";
                            landedOn: string | null;
                            name: string;
                            needs: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            /** @enum {string} */
                            stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's day: follow-ups due, stalled projects, leads about to return to the pool */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueFollowUps: {
                                items: {
                                    agreedAmountWan: number | null;
                                    annualOutputWan: number | null;
                                    annualTaxWan: number | null;
                                    baseAmountWan: number | null;
                                    /** @enum {string|null} */
                                    capitalOrigin: "domestic" | "foreign" | null;
                                    countedAmountWan: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    daysInStage: number;
                                    /** Format: uuid */
                                    enterpriseId: string;
                                    enterpriseName: string;
                                    firstSignedOn: string | null;
                                    /** @enum {string|null} */
                                    heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                                    holdReason: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    increaseOfProjectId: string | null;
                                    industryCode: string | null;
                                    industryName: string | null;
                                    jobs: number | null;
                                    /** @enum {string} */
                                    kind: "new" | "capitalIncrease";
                                    /** Format: uuid */
                                    leadId: string | null;
                                    /** Format: uuid */
                                    managerId: string | null;
                                    managerName: string | null;
                                    managerOnly: boolean;
                                    name: string;
                                    nextFollowUpOn: string | null;
                                    producingOn: string | null;
                                    regionCode: string | null;
                                    regionName: string | null;
                                    /** Format: uuid */
                                    registeredEnterpriseId: string | null;
                                    registeredEnterpriseName: string | null;
                                    /** @enum {string} */
                                    stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    /** Format: date-time */
                                    stageEnteredAt: string;
                                    stalled: boolean;
                                    startedOn: string | null;
                                    /** Format: uuid */
                                    teamId: string | null;
                                    teamName: string | null;
                                    terminateReason: string | null;
                                    /** @enum {string|null} */
                                    verification: "verified" | "unverified" | null;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            };
                            leadsReturningSoon: {
                                items: {
                                    chainSegment: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    dropReason: string | null;
                                    /** Format: uuid */
                                    enterpriseId: string;
                                    enterpriseName: string;
                                    /** Format: uuid */
                                    id: string;
                                    industryCode: string | null;
                                    industryName: string | null;
                                    nextFollowUpOn: string | null;
                                    /** Format: uuid */
                                    ownerId: string | null;
                                    ownerName: string | null;
                                    /** @enum {string} */
                                    priority: "high" | "normal" | "low";
                                    returnsToPoolOn: string | null;
                                    /** @enum {string} */
                                    source: "visit" | "referral" | "conference" | "competition" | "field-research" | "inbound";
                                    sourceNote: string | null;
                                    /** @enum {string} */
                                    status: "open" | "converted" | "dropped";
                                    /** Format: uuid */
                                    teamId: string | null;
                                    teamName: string | null;
                                    /** Format: date-time */
                                    touchedAt: string;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            } | null;
                            stalled: {
                                items: {
                                    agreedAmountWan: number | null;
                                    annualOutputWan: number | null;
                                    annualTaxWan: number | null;
                                    baseAmountWan: number | null;
                                    /** @enum {string|null} */
                                    capitalOrigin: "domestic" | "foreign" | null;
                                    countedAmountWan: number;
                                    /** Format: date-time */
                                    createdAt: string;
                                    daysInStage: number;
                                    /** Format: uuid */
                                    enterpriseId: string;
                                    enterpriseName: string;
                                    firstSignedOn: string | null;
                                    /** @enum {string|null} */
                                    heldFromStage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | null;
                                    holdReason: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    increaseOfProjectId: string | null;
                                    industryCode: string | null;
                                    industryName: string | null;
                                    jobs: number | null;
                                    /** @enum {string} */
                                    kind: "new" | "capitalIncrease";
                                    /** Format: uuid */
                                    leadId: string | null;
                                    /** Format: uuid */
                                    managerId: string | null;
                                    managerName: string | null;
                                    managerOnly: boolean;
                                    name: string;
                                    nextFollowUpOn: string | null;
                                    producingOn: string | null;
                                    regionCode: string | null;
                                    regionName: string | null;
                                    /** Format: uuid */
                                    registeredEnterpriseId: string | null;
                                    registeredEnterpriseName: string | null;
                                    /** @enum {string} */
                                    stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                    /** Format: date-time */
                                    stageEnteredAt: string;
                                    stalled: boolean;
                                    startedOn: string | null;
                                    /** Format: uuid */
                                    teamId: string | null;
                                    teamName: string | null;
                                    terminateReason: string | null;
                                    /** @enum {string|null} */
                                    verification: "verified" | "unverified" | null;
                                }[];
                                page: number;
                                pageSize: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The .xlsx template to fill in, with an example row, in the request's language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a spreadsheet of projects (a ledger, 台账): validated row by row, nothing imported yet
         * @description The header row names the columns in any of the three languages. A file that is no readable .xlsx or .csv, or whose header lacks the required column, gives 400; so do more than 50,000 rows, an .xlsx of more than 1,000 parts and a body cut short. An .xlsx that unpacks to more than 100 MB gives 413.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .xlsx, or .csv in UTF-8 or GB18030; at most 20 MB
                         */
                        file: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The first 200 invalid rows */
                            errors: {
                                messages: string[];
                                rowNumber: number;
                            }[];
                            fileName: string;
                            /** Format: uuid */
                            id: string;
                            invalidRows: number;
                            /** @description The first 50 rows */
                            preview: {
                                errors: string[];
                                /** @description As the spreadsheet numbers it (the header is row 1) */
                                rowNumber: number;
                                /** @description The cells, by the template's column header in the request's language */
                                values: {
                                    [key: string]: string;
                                };
                            }[];
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State and progress of an import */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            error?: string;
                            fileName: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            importedRows: number;
                            invalidRows: number;
                            processedRows: number;
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discard a validated import */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            error?: string;
                            fileName: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            importedRows: number;
                            invalidRows: number;
                            processedRows: number;
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import the valid rows, in the background and all at once; poll the import for progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            error?: string;
                            fileName: string;
                            /** Format: date-time */
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            importedRows: number;
                            invalidRows: number;
                            processedRows: number;
                            /** @enum {string} */
                            status: "validated" | "queued" | "importing" | "done" | "failed" | "cancelled";
                            totalRows: number;
                            validRows: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invalid rows with their values and their errors, in the request's language */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Officers' or teams' credited projects (count × share) and counted amount (万元 × share) in a year, quarter or month of first signing
         * @description Over every project, the same for every reader; the rows add up exactly to the period's summary total.
         */
        get: {
            parameters: {
                query: {
                    by?: "officer" | "team";
                    /** @description A year '2026', a quarter '2026-Q2' or a month '2026-05' of the counted first signing (China days) */
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            by: "officer" | "team";
                            from: string;
                            period: string;
                            rows: {
                                amountWan: number;
                                /** Format: uuid */
                                id: string | null;
                                /** @enum {string} */
                                kind: "user" | "team" | "none";
                                name: string | null;
                                projects: number;
                            }[];
                            to: string;
                            total: {
                                amountWan: number;
                                signed: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/rankings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rankings as an .xlsx workbook in the request's language */
        get: {
            parameters: {
                query: {
                    by?: "officer" | "team";
                    /** @description A year '2026', a quarter '2026-Q2' or a month '2026-05' of the counted first signing (China days) */
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects signed and the amount counted, by month of first signing: each project once, capital increases by their increment */
        get: {
            parameters: {
                query?: {
                    /** @description First signings on or after */
                    from?: string;
                    kind?: "new" | "capitalIncrease";
                    teamId?: string;
                    /** @description First signings on or before */
                    to?: string;
                    /** @description Leave out amounts without an agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            months: {
                                amountWan: number;
                                month: string;
                                signed: number;
                                unverified: number;
                                unverifiedAmountWan: number;
                            }[];
                            total: {
                                amountWan: number;
                                signed: number;
                                unverified: number;
                                unverifiedAmountWan: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provinces, cities and districts (and functional zones) as a tree, named in the request language (English in pinyin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                children: {
                                    /** @description Always empty at this level */
                                    children: unknown[];
                                    /** @description GB/T 2260 code: province '370000', city '370200', district '370212' */
                                    code: string;
                                    name: string;
                                }[];
                                /** @description GB/T 2260 code: province '370000', city '370200', district '370212' */
                                code: string;
                                name: string;
                            }[];
                            /** @description GB/T 2260 code: province '370000', city '370200', district '370212' */
                            code: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/investment/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Landing rates per event held in the period: of the projects counted there, those registered, started, producing, at capacity or terminated since */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period; 1 January of this year by default */
                    from?: string;
                    /** @description GB/T 2260 district or zone code, or 'none' */
                    regionCode?: string | "none";
                    /** @description GB/T 4754 section letter of the industry ('C' manufacturing), or 'none' */
                    sector?: string | "none";
                    /** @description The keeping team, or 'none' */
                    teamId?: string | "none";
                    /** @description The last day of the period, included; 31 December of the first day’s year by default */
                    to?: string;
                    /** @description Leave out signed projects whose amount has no agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                atCapacity: {
                                    count: number;
                                    /** @description Of the projects counted at the event, to four decimals; 0 when none */
                                    rate: number;
                                };
                                city: string;
                                counted: number;
                                heldOn: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                producing: {
                                    count: number;
                                    /** @description Of the projects counted at the event, to four decimals; 0 when none */
                                    rate: number;
                                };
                                registered: {
                                    count: number;
                                    /** @description Of the projects counted at the event, to four decimals; 0 when none */
                                    rate: number;
                                };
                                started: {
                                    count: number;
                                    /** @description Of the projects counted at the event, to four decimals; 0 when none */
                                    rate: number;
                                };
                                terminated: {
                                    count: number;
                                    /** @description Of the projects counted at the event, to four decimals; 0 when none */
                                    rate: number;
                                };
                            }[];
                            period: {
                                from: string;
                                to: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/investment/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every table of the report as an .xlsx workbook in the request's language, a sheet each; audited */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period; 1 January of this year by default */
                    from?: string;
                    /** @description GB/T 2260 district or zone code, or 'none' */
                    regionCode?: string | "none";
                    /** @description GB/T 4754 section letter of the industry ('C' manufacturing), or 'none' */
                    sector?: string | "none";
                    /** @description The keeping team, or 'none' */
                    teamId?: string | "none";
                    /** @description The last day of the period, included; 31 December of the first day’s year by default */
                    to?: string;
                    /** @description Leave out signed projects whose amount has no agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/investment/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pipeline of the caller's projects: the period's projects stage by stage with conversions, stages now, median days per stage */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period; 1 January of this year by default */
                    from?: string;
                    /** @description GB/T 2260 district or zone code, or 'none' */
                    regionCode?: string | "none";
                    /** @description GB/T 4754 section letter of the industry ('C' manufacturing), or 'none' */
                    sector?: string | "none";
                    /** @description The keeping team, or 'none' */
                    teamId?: string | "none";
                    /** @description The last day of the period, included; 31 December of the first day’s year by default */
                    to?: string;
                    /** @description Leave out signed projects whose amount has no agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                count: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            funnel: {
                                conversion: number | null;
                                reached: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity";
                            }[];
                            period: {
                                from: string;
                                to: string;
                            };
                            stageDays: {
                                medianDays: number | null;
                                projects: number;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                stays: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/investment/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every site's leased share today and month by month over the period */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period; 1 January of this year by default */
                    from?: string;
                    /** @description GB/T 2260 district or zone code, or 'none' */
                    regionCode?: string | "none";
                    /** @description GB/T 4754 section letter of the industry ('C' manufacturing), or 'none' */
                    sector?: string | "none";
                    /** @description The keeping team, or 'none' */
                    teamId?: string | "none";
                    /** @description The last day of the period, included; 31 December of the first day’s year by default */
                    to?: string;
                    /** @description Leave out signed projects whose amount has no agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                            };
                            sites: {
                                leasedArea: number;
                                leasedShare: number;
                                months: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    month: string;
                                    openShare: number;
                                    totalArea: number;
                                }[];
                                name: string;
                                openShare: number;
                                regionCode: string | null;
                                regionName: string | null;
                                /** Format: uuid */
                                siteId: string;
                                totalArea: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/investment/signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects first signed in the period and the amount counted, by sector, district, team and month (the counting rules of /api/projects/summary) */
        get: {
            parameters: {
                query?: {
                    /** @description The first day of the period; 1 January of this year by default */
                    from?: string;
                    /** @description GB/T 2260 district or zone code, or 'none' */
                    regionCode?: string | "none";
                    /** @description GB/T 4754 section letter of the industry ('C' manufacturing), or 'none' */
                    sector?: string | "none";
                    /** @description The keeping team, or 'none' */
                    teamId?: string | "none";
                    /** @description The last day of the period, included; 31 December of the first day’s year by default */
                    to?: string;
                    /** @description Leave out signed projects whose amount has no agreement file */
                    verifiedOnly?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byMonth: {
                                amountWan: number;
                                month: string;
                                signed: number;
                                unverified: number;
                                unverifiedAmountWan: number;
                            }[];
                            byRegion: {
                                amountWan: number;
                                name: string | null;
                                regionCode: string | null;
                                signed: number;
                                unverified: number;
                                unverifiedAmountWan: number;
                            }[];
                            bySector: {
                                amountWan: number;
                                name: string | null;
                                sector: string | null;
                                signed: number;
                                unverified: number;
                                unverifiedAmountWan: number;
                            }[];
                            byTeam: {
                                amountWan: number;
                                name: string | null;
                                signed: number;
                                /** Format: uuid */
                                teamId: string | null;
                                unverified: number;
                                unverifiedAmountWan: number;
                            }[];
                            period: {
                                from: string;
                                to: string;
                            };
                            total: {
                                amountWan: number;
                                signed: number;
                                unverified: number;
                                unverifiedAmountWan: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The header quick search: records of every kind the caller may open, grouped by kind */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                hits: {
                                    id: string;
                                    subtitle: string | null;
                                    title: string;
                                }[];
                                kind: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The windows in their order: active ones, or every one for their administrators */
        get: {
            parameters: {
                query?: {
                    /** @description Inactive windows too; only for holders of service-window.admin */
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            description: string | null;
                            name: string;
                            names: {
                                en: string;
                                "zh-CN": string;
                                "zh-TW": string;
                            };
                            position: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a window */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        /** @description Lower-case letters, digits and dashes, e.g. `tech-transfer`; fixed once created */
                        code: string;
                        description?: string | null;
                        names: {
                            en: string;
                            "zh-CN": string;
                            "zh-TW": string;
                        };
                        /** @default 0 */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            description: string | null;
                            name: string;
                            names: {
                                en: string;
                                "zh-CN": string;
                                "zh-TW": string;
                            };
                            position: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-windows/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, describe, reorder, deactivate or reactivate a window */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        description?: string | null;
                        names?: {
                            en: string;
                            "zh-CN": string;
                            "zh-TW": string;
                        };
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            description: string | null;
                            name: string;
                            names: {
                                en: string;
                                "zh-CN": string;
                                "zh-TW": string;
                            };
                            position: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of sites by name, with their occupancy today */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    /** @description The site's name, in either script */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                                name: string;
                                note: string | null;
                                occupancy: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    openArea: number;
                                    openShare: number;
                                    totalArea: number;
                                };
                                regionCode: string | null;
                                regionName: string | null;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                units: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a site */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @enum {string} */
                        kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                        name: string;
                        note?: string | null;
                        /** @description GB/T 2260 code of the district */
                        regionCode?: string | null;
                        /**
                         * Format: uuid
                         * @description The managing team, whose members keep the site
                         */
                        teamId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            buildings: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                occupancy: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    openArea: number;
                                    openShare: number;
                                    totalArea: number;
                                };
                                units: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                            mayManage: boolean;
                            name: string;
                            note: string | null;
                            occupancy: {
                                leasedArea: number;
                                leasedShare: number;
                                openArea: number;
                                openShare: number;
                                totalArea: number;
                            };
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            units: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site with its buildings and their occupancy today */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            buildings: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                occupancy: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    openArea: number;
                                    openShare: number;
                                    totalArea: number;
                                };
                                units: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                            mayManage: boolean;
                            name: string;
                            note: string | null;
                            occupancy: {
                                leasedArea: number;
                                leasedShare: number;
                                openArea: number;
                                openShare: number;
                                totalArea: number;
                            };
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            units: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a site (its managers); only sites.manage changes its team */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        /** @enum {string} */
                        kind?: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                        name?: string;
                        note?: string | null;
                        /** @description GB/T 2260 code of the district */
                        regionCode?: string | null;
                        /**
                         * Format: uuid
                         * @description The managing team, whose members keep the site
                         */
                        teamId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            buildings: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                occupancy: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    openArea: number;
                                    openShare: number;
                                    totalArea: number;
                                };
                                units: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                            mayManage: boolean;
                            name: string;
                            note: string | null;
                            occupancy: {
                                leasedArea: number;
                                leasedShare: number;
                                openArea: number;
                                openShare: number;
                                totalArea: number;
                            };
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            units: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sites/{id}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a building to a site (its managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            buildings: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                occupancy: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    openArea: number;
                                    openShare: number;
                                    totalArea: number;
                                };
                                units: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                            mayManage: boolean;
                            name: string;
                            note: string | null;
                            occupancy: {
                                leasedArea: number;
                                leasedShare: number;
                                openArea: number;
                                openShare: number;
                                totalArea: number;
                            };
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            units: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The site's unit register with tenants and lease states, as an .xlsx workbook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}/leases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a site's leases, in one state or all */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    state?: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leased and open share of a site (or one building) month by month */
        get: {
            parameters: {
                query?: {
                    /** @description One building rather than the whole site */
                    buildingId?: string;
                    /** @description YYYY-MM; the month of the first signing by default (at most 60 months back) */
                    from?: string;
                    /** @description YYYY-MM; this month by default */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: string;
                            leasedArea: number;
                            leasedShare: number;
                            month: string;
                            openArea: number;
                            openShare: number;
                            totalArea: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of the projects landed in a site that the caller sees, with their stage and where in the site
         * @description 404 for an unknown site.
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                buildingId: string | null;
                                buildingName: string | null;
                                enterpriseName: string;
                                /** Format: uuid */
                                floorId: string | null;
                                floorLabel: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                                teamName: string | null;
                                unitCode: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The location picker: buildings → floors → units of a site, each unit with its lease state and tenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buildings: {
                                floors: {
                                    /** Format: uuid */
                                    id: string;
                                    label: string;
                                    level: number;
                                    units: {
                                        area: number;
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        leaseId: string | null;
                                        /** @enum {string} */
                                        state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                                        /** Format: uuid */
                                        tenantId: string | null;
                                        tenantName: string | null;
                                        /** @enum {string} */
                                        use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                                    }[];
                                }[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a building */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            buildings: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                occupancy: {
                                    leasedArea: number;
                                    leasedShare: number;
                                    openArea: number;
                                    openShare: number;
                                    totalArea: number;
                                };
                                units: number;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "park" | "building-complex" | "expo-centre" | "incubator" | "other";
                            mayManage: boolean;
                            name: string;
                            note: string | null;
                            occupancy: {
                                leasedArea: number;
                                leasedShare: number;
                                openArea: number;
                                openShare: number;
                                totalArea: number;
                            };
                            regionCode: string | null;
                            regionName: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            units: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sites/buildings/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add units to a building, one by one or as floors × units, creating the floors: all or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Or a block of floors and units */
                        pattern?: {
                            /** @description Square metres */
                            area: number;
                            floorFrom: number;
                            floorTo: number;
                            /**
                             * @description Before each code, e.g. 'A-'
                             * @default
                             */
                            prefix?: string;
                            unitFrom: number;
                            unitTo: number;
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                        /** @description Units one by one */
                        rows?: {
                            /** @description Square metres */
                            area: number;
                            code: string;
                            /** @description The floor: 1 the ground floor, -1 the first basement */
                            level: number;
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            floors: number;
                            units: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/leases/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give up an intent, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/leases/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a signed lease on a day, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        endedOn: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/leases/{id}/fit-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The tenant starts fitting the unit out (装修) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        fitOutOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/leases/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The tenant opens for business (开业) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        openedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/leases/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign an intent (签约): the day, the term, the area and optionally the rent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Square metres leased; at most the unit’s area */
                        area: number;
                        /** @description Yuan a month */
                        monthlyRent?: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        signedOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        termFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        termTo: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/tenancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's enterprise's leases, with the units they are in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number | null;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            closeReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            endedOn: string | null;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            fitOutOn: string | null;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            monthlyRent: number | null;
                            note: string | null;
                            openedOn: string | null;
                            signedOn: string | null;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                            termFrom: string | null;
                            termTo: string | null;
                            unitCode: string;
                            /** Format: uuid */
                            unitId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit with its leases, their moves and the actions the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a unit that never had a lease (409 otherwise) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a unit's code, area or use */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Square metres */
                        area?: number;
                        code?: string;
                        /** @enum {string} */
                        use?: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sites/units/{id}/leases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a tenant's intent on a vacant unit, for an existing enterprise or a new one
         * @description 409 site.unit.taken when the unit already has a lease in the pipeline.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A new enterprise, created through the enterprise register's own checks */
                        enterprise?: {
                            address?: string | null;
                            /** @description Save although the name is near-identical to an existing enterprise (never overrides a taken credit code) */
                            confirmDuplicate?: boolean;
                            /** @description The whole list: contacts left out are removed */
                            contacts?: {
                                email?: string | null;
                                /**
                                 * Format: uuid
                                 * @description An existing contact's id keeps it (and what links to it); absent adds one
                                 */
                                id?: string;
                                /** @default false */
                                isPrimary?: boolean;
                                name: string;
                                phone?: string | null;
                                title?: string | null;
                            }[];
                            /** @description 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted */
                            creditCode?: string | null;
                            formerNames?: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            foundedOn?: string | null;
                            /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                            industryCode?: string | null;
                            /**
                             * @description What kind of organisation: company unless given
                             * @enum {string}
                             */
                            kind?: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            name: string;
                            /** @description GB/T 2260 code, e.g. '370212' */
                            regionCode?: string | null;
                            /** @description 注册资本, in 万元 (10,000 CNY) */
                            registeredCapitalWan?: number | null;
                            /** @enum {string|null} */
                            sizeClass?: "large" | "medium" | "small" | "micro" | null;
                            tagIds?: string[];
                        };
                        /**
                         * Format: uuid
                         * @description The tenant, an existing enterprise; or give `enterprise` to create one
                         */
                        enterpriseId?: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            area: number;
                            /** Format: uuid */
                            buildingId: string;
                            buildingName: string;
                            code: string;
                            deletable: boolean;
                            /** Format: uuid */
                            floorId: string;
                            floorLabel: string;
                            /** Format: uuid */
                            id: string;
                            leases: {
                                actions: ("sign" | "fitOut" | "open" | "cancel" | "end")[];
                                area: number | null;
                                /** Format: uuid */
                                buildingId: string;
                                buildingName: string;
                                closeReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                endedOn: string | null;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                fitOutOn: string | null;
                                floorLabel: string;
                                /** Format: uuid */
                                id: string;
                                monthlyRent: number | null;
                                note: string | null;
                                openedOn: string | null;
                                signedOn: string | null;
                                /** Format: uuid */
                                siteId: string;
                                siteName: string;
                                /** @enum {string} */
                                state: "intent" | "signed" | "fitting-out" | "open" | "cancelled" | "ended";
                                termFrom: string | null;
                                termTo: string | null;
                                transitions: {
                                    action: string;
                                    actorName: string;
                                    /** Format: date-time */
                                    at: string;
                                    evidence: unknown;
                                    fromState: string | null;
                                    toState: string;
                                }[];
                                unitCode: string;
                                /** Format: uuid */
                                unitId: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            level: number;
                            mayManage: boolean;
                            /** Format: uuid */
                            siteId: string;
                            siteName: string;
                            /** @enum {string} */
                            state: "vacant" | "intent" | "signed" | "fitting-out" | "open";
                            /** @enum {string} */
                            use: "office" | "retail" | "industrial" | "showroom" | "storage" | "other";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All enterprise tags */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            color: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a tag */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description #RRGGBB */
                        color: string;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            color: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tag; enterprises carrying it lose it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or recolour a tag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description #RRGGBB */
                        color?: string;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            color: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/talent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the talent records the caller sees, filtered */
        get: {
            parameters: {
                query?: {
                    /** @description Only records being worked whose next follow-up is today or overdue */
                    due?: "true" | "false";
                    kind?: "person" | "team";
                    /** @description Only the records the caller owns */
                    mine?: "true" | "false";
                    need?: "housing" | "labSpace" | "funding" | "schooling" | "other";
                    ownerId?: string;
                    page?: number;
                    pageSize?: number;
                    projectId?: string;
                    /** @description The name, institution or field, in either script */
                    q?: string;
                    stage?: "contact" | "intent" | "landed" | "onHold" | "ended";
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                currentCity: string | null;
                                field: string | null;
                                /** Format: uuid */
                                id: string;
                                industryCode: string | null;
                                industryName: string | null;
                                institution: string | null;
                                /** @enum {string} */
                                kind: "person" | "team";
                                landedOn: string | null;
                                name: string;
                                needs: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                                nextFollowUpOn: string | null;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                /** @enum {string} */
                                stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                                /** Format: date-time */
                                stageEnteredAt: string;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a talent record (a person or a team) at 接触
         * @description 400 on projectId alike for a missing project and one the caller cannot see.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Read only by those who read the record
                         * @default []
                         */
                        contacts?: {
                            email?: string;
                            name: string;
                            phone?: string;
                            title?: string;
                        }[];
                        currentCity?: string | null;
                        /** @description The field in their own words */
                        field?: string | null;
                        /** @description GB/T 4754-2017 code at any level, 'C3841' */
                        industryCode?: string | null;
                        /** @description University, institute or company they are with now */
                        institution?: string | null;
                        /** @enum {string} */
                        kind: "person" | "team";
                        name: string;
                        needs?: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                        needsNote?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        nextFollowUpOn?: string | null;
                        /**
                         * Format: uuid
                         * @description The officer following it up; the creator when absent
                         */
                        ownerId?: string;
                        /**
                         * Format: uuid
                         * @description The project they come with: one the caller sees
                         */
                        projectId?: string | null;
                        /**
                         * Format: uuid
                         * @description The keeping team; the creator's team today when absent
                         */
                        teamId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            contacts: {
                                email?: string;
                                name: string;
                                phone?: string;
                                title?: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentCity: string | null;
                            endReason: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "contact" | "intent" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            institution: string | null;
                            /** @enum {string} */
                            kind: "person" | "team";
                            /** Format: uuid */
                            landedEnterpriseId: string | null;
                            landedEnterpriseName: string | null;
                            landedOn: string | null;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            needs: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                            needsNote: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            project: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            } | null;
                            /** @enum {string} */
                            stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            }[];
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One talent record with its contacts, linked project, days in each stage, moves and the actions the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            contacts: {
                                email?: string;
                                name: string;
                                phone?: string;
                                title?: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentCity: string | null;
                            endReason: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "contact" | "intent" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            institution: string | null;
                            /** @enum {string} */
                            kind: "person" | "team";
                            /** Format: uuid */
                            landedEnterpriseId: string | null;
                            landedEnterpriseName: string | null;
                            landedOn: string | null;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            needs: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                            needsNote: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            project: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            } | null;
                            /** @enum {string} */
                            stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            }[];
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a talent record's details, owner, linked project or next follow-up */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Read only by those who read the record */
                        contacts?: {
                            email?: string;
                            name: string;
                            phone?: string;
                            title?: string;
                        }[];
                        currentCity?: string | null;
                        /** @description The field in their own words */
                        field?: string | null;
                        /** @description GB/T 4754-2017 code at any level, 'C3841' */
                        industryCode?: string | null;
                        /** @description University, institute or company they are with now */
                        institution?: string | null;
                        /** @enum {string} */
                        kind?: "person" | "team";
                        name?: string;
                        needs?: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                        needsNote?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        nextFollowUpOn?: string | null;
                        /** Format: uuid */
                        ownerId?: string;
                        /**
                         * Format: uuid
                         * @description The project they come with: one the caller sees
                         */
                        projectId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            contacts: {
                                email?: string;
                                name: string;
                                phone?: string;
                                title?: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentCity: string | null;
                            endReason: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "contact" | "intent" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            institution: string | null;
                            /** @enum {string} */
                            kind: "person" | "team";
                            /** Format: uuid */
                            landedEnterpriseId: string | null;
                            landedEnterpriseName: string | null;
                            landedOn: string | null;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            needs: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                            needsNote: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            project: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            } | null;
                            /** @enum {string} */
                            stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            }[];
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/talent/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a talent record: intent { note? }; land { landedOn, enterpriseId?, note? }; hold / terminate { reason }; resume-contact, resume-intent { note? }
         * @description 404 for a record the caller may not see or an unknown action; 409 workflow.wrongState; 400 naming missing evidence.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: string;
                    id: string;
                };
                cookie?: never;
            };
            /** @description The evidence the action takes: reject needs { reason } */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: string[];
                            contacts: {
                                email?: string;
                                name: string;
                                phone?: string;
                                title?: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentCity: string | null;
                            endReason: string | null;
                            field: string | null;
                            /** @enum {string|null} */
                            heldFromStage: "contact" | "intent" | null;
                            holdReason: string | null;
                            /** Format: uuid */
                            id: string;
                            industryCode: string | null;
                            industryName: string | null;
                            institution: string | null;
                            /** @enum {string} */
                            kind: "person" | "team";
                            /** Format: uuid */
                            landedEnterpriseId: string | null;
                            landedEnterpriseName: string | null;
                            landedOn: string | null;
                            moves: {
                                action: string;
                                actorName: string;
                                /** Format: date-time */
                                at: string;
                                evidence: {
                                    [key: string]: unknown;
                                } | null;
                                fromState: string | null;
                                id: number;
                                toState: string;
                            }[];
                            name: string;
                            needs: ("housing" | "labSpace" | "funding" | "schooling" | "other")[];
                            needsNote: string | null;
                            nextFollowUpOn: string | null;
                            /** Format: uuid */
                            ownerId: string | null;
                            ownerName: string | null;
                            project: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            } | null;
                            /** @enum {string} */
                            stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            /** Format: date-time */
                            stageEnteredAt: string;
                            stages: {
                                current: boolean;
                                days: number;
                                /** @enum {string} */
                                stage: "contact" | "intent" | "landed" | "onHold" | "ended";
                            }[];
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/talent/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Of the records the caller sees: how many are in each stage now, and how many landed in the year */
        get: {
            parameters: {
                query?: {
                    /** @description Beijing calendar year; this year by default */
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            landed: number;
                            stages: {
                                [key: string]: number;
                            };
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every team with its lead and size on a day */
        get: {
            parameters: {
                query?: {
                    /** @description Whose membership counts: today's (Beijing) unless given */
                    day?: string;
                    includeArchived?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description The lead on the day asked about */
                            lead: {
                                displayName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            location: string | null;
                            /** @description Members, the lead included, on the day asked about */
                            memberCount: number;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        location?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            memberships: {
                                displayName: string;
                                /** @description Last day, included; null until further notice */
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                                startsOn: string;
                                /**
                                 * @description Relative to the day asked about
                                 * @enum {string}
                                 */
                                status: "current" | "coming" | "past";
                                /** Format: uuid */
                                userId: string;
                                username: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team and everyone who has belonged to it */
        get: {
            parameters: {
                query?: {
                    /** @description A China calendar day, YYYY-MM-DD */
                    day?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            memberships: {
                                displayName: string;
                                /** @description Last day, included; null until further notice */
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                                startsOn: string;
                                /**
                                 * @description Relative to the day asked about
                                 * @enum {string}
                                 */
                                status: "current" | "coming" | "past";
                                /** Format: uuid */
                                userId: string;
                                username: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, describe, archive or bring back a team */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Archive, or bring back */
                        archived?: boolean;
                        description?: string | null;
                        location?: string | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            memberships: {
                                displayName: string;
                                /** @description Last day, included; null until further notice */
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                                startsOn: string;
                                /**
                                 * @description Relative to the day asked about
                                 * @enum {string}
                                 */
                                status: "current" | "coming" | "past";
                                /** Format: uuid */
                                userId: string;
                                username: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/teams/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a member of staff in the team for a period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description A China calendar day, YYYY-MM-DD
                         * @default null
                         */
                        endsOn?: string | null;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "lead" | "member";
                        /**
                         * Format: date
                         * @description A China calendar day, YYYY-MM-DD
                         */
                        startsOn: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            memberships: {
                                displayName: string;
                                /** @description Last day, included; null until further notice */
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                                startsOn: string;
                                /**
                                 * @description Relative to the day asked about
                                 * @enum {string}
                                 */
                                status: "current" | "coming" | "past";
                                /** Format: uuid */
                                userId: string;
                                username: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a membership entered by mistake */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a membership's role or period (end it by giving its last day) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    membershipId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Set the last day to end a membership; null reopens it
                         */
                        endsOn?: string | null;
                        /** @enum {string} */
                        role?: "lead" | "member";
                        /**
                         * Format: date
                         * @description A China calendar day, YYYY-MM-DD
                         */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            archived: boolean;
                            description: string | null;
                            /** Format: uuid */
                            id: string;
                            location: string | null;
                            memberships: {
                                displayName: string;
                                /** @description Last day, included; null until further notice */
                                endsOn: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                                startsOn: string;
                                /**
                                 * @description Relative to the day asked about
                                 * @enum {string}
                                 */
                                status: "current" | "coming" | "past";
                                /** Format: uuid */
                                userId: string;
                                username: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/teams/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's shifts in a week, its members and whether the reader plans them */
        get: {
            parameters: {
                query?: {
                    /** @description An ISO week, 2026-W49; this week's (Beijing) unless given */
                    week?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Whether the reader may add, change and delete shifts (the lead, administrators) */
                            canPlan: boolean;
                            /** @description Monday to Sunday, China calendar days */
                            days: string[];
                            /** @description Who belongs to the team on any day of the week */
                            members: {
                                displayName: string;
                                /** @enum {string} */
                                role: "lead" | "member";
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** @description Shifts starting in the week, in order */
                            shifts: {
                                displayName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                note: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** @description A swap asked and not yet answered */
                                swap: {
                                    askedName: string;
                                    /** Format: uuid */
                                    askedUserId: string;
                                    /** Format: uuid */
                                    id: string;
                                    note: string | null;
                                    /** Format: uuid */
                                    requestedBy: string;
                                } | null;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            team: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            week: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a member of the team on call for a time (lead, administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description An instant, ISO 8601 with its offset: 2026-12-07T20:00:00+08:00
                         */
                        endsAt: string;
                        note?: string | null;
                        /**
                         * Format: date-time
                         * @description An instant, ISO 8601 with its offset: 2026-12-07T20:00:00+08:00
                         */
                        startsAt: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: uuid */
                            teamId: string;
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/shifts/{shiftId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a shift off the roster (lead, administrators) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Move a shift, give it to someone else or change its note (lead, administrators) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description An instant, ISO 8601 with its offset: 2026-12-07T20:00:00+08:00
                         */
                        endsAt?: string;
                        note?: string | null;
                        /**
                         * Format: date-time
                         * @description An instant, ISO 8601 with its offset: 2026-12-07T20:00:00+08:00
                         */
                        startsAt?: string;
                        /** Format: uuid */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: uuid */
                            teamId: string;
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/teams/{id}/shifts/{shiftId}/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask another member of the team to take one's shift */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    shiftId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        askedUserId: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            askedUserId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: uuid */
                            requestedBy: string;
                            /** Format: uuid */
                            shiftId: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/swaps/{swapId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the shift one was asked to take */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    swapId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            askedUserId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: uuid */
                            requestedBy: string;
                            /** Format: uuid */
                            shiftId: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/swaps/{swapId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a swap not yet answered (the one who asked, the lead, administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    swapId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            askedUserId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: uuid */
                            requestedBy: string;
                            /** Format: uuid */
                            shiftId: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/swaps/{swapId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline to take the shift */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    swapId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            askedUserId: string;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            /** Format: uuid */
                            requestedBy: string;
                            /** Format: uuid */
                            shiftId: string;
                            /** @enum {string} */
                            state: "pending" | "accepted" | "declined" | "cancelled";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team's targets in a year and its progress on each measure */
        get: {
            parameters: {
                query?: {
                    /** @description Default: this year (Beijing) */
                    year?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            targets: {
                                label: string;
                                measure: string;
                                progress: number;
                                /** @description progress ÷ target; null without a target */
                                share: number | null;
                                target: number | null;
                                /** @enum {string} */
                                unit: "count" | "wan";
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}/targets/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a team's targets for a year */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description By measure: a number sets the target, null removes it; measures left out keep theirs */
                        targets: {
                            [key: string]: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            targets: {
                                label: string;
                                measure: string;
                                progress: number;
                                /** @description progress ÷ target; null without a target */
                                share: number | null;
                                target: number | null;
                                /** @enum {string} */
                                unit: "count" | "wan";
                            }[];
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's teams today */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            role: "lead" | "member";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "admin" | "leader" | "officer" | "operator" | "agent" | "enterprise" | "investor" | "judge";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                /** Format: uuid */
                                enterpriseId: string | null;
                                /** Format: uuid */
                                id: string;
                                locale: string | null;
                                mustChangePassword: boolean;
                                roles: string[];
                                username: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: uuid */
                        enterpriseId?: string | null;
                        password: string;
                        roles: ("admin" | "leader" | "officer" | "operator" | "agent" | "enterprise" | "investor" | "judge")[];
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            /** Format: uuid */
                            id: string;
                            locale: string | null;
                            mustChangePassword: boolean;
                            roles: string[];
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            /** Format: uuid */
                            id: string;
                            locale: string | null;
                            mustChangePassword: boolean;
                            roles: string[];
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change roles, enterprise, name or status */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        displayName?: string;
                        /** Format: uuid */
                        enterpriseId?: string | null;
                        roles?: ("admin" | "leader" | "officer" | "operator" | "agent" | "enterprise" | "investor" | "judge")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabled: boolean;
                            displayName: string;
                            /** Format: uuid */
                            enterpriseId: string | null;
                            /** Format: uuid */
                            id: string;
                            locale: string | null;
                            mustChangePassword: boolean;
                            roles: string[];
                            username: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a temporary password, shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the visits the caller sees, the latest first, filtered */
        get: {
            parameters: {
                query?: {
                    concern?: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                    enterpriseId?: string;
                    /** @description YYYY-MM, a China calendar month */
                    month?: string;
                    officerId?: string;
                    page?: number;
                    pageSize?: number;
                    /** @description The enterprise's name, in either script */
                    q?: string;
                    teamId?: string;
                    tripId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                concerns: {
                                    note: string | null;
                                    /** @enum {string} */
                                    tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                officerId: string | null;
                                officerName: string;
                                openNextSteps: number;
                                place: string | null;
                                summary: string | null;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                /** Format: uuid */
                                tripId: string | null;
                                tripName: string | null;
                                visitedOn: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Log a visit, for an existing enterprise or a new one
         * @description 201 with the new visit; 200 with the earlier one when the caller already sent this idempotencyKey. A new enterprise goes through the register's own checks: 409 enterprise.possibleDuplicate unless confirmDuplicate.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The company's concerns, each tag once, with a note */
                        concerns?: {
                            note?: string | null;
                            /** @enum {string} */
                            tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                        }[];
                        /** @description A new enterprise, created through the enterprise register's own checks */
                        enterprise?: {
                            address?: string | null;
                            /** @description Save although the name is near-identical to an existing enterprise (never overrides a taken credit code) */
                            confirmDuplicate?: boolean;
                            /** @description The whole list: contacts left out are removed */
                            contacts?: {
                                email?: string | null;
                                /**
                                 * Format: uuid
                                 * @description An existing contact's id keeps it (and what links to it); absent adds one
                                 */
                                id?: string;
                                /** @default false */
                                isPrimary?: boolean;
                                name: string;
                                phone?: string | null;
                                title?: string | null;
                            }[];
                            /** @description 统一社会信用代码, 18 characters with a valid GB 32100-2015 check character; lower case is accepted */
                            creditCode?: string | null;
                            formerNames?: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            foundedOn?: string | null;
                            /** @description GB/T 4754-2017 code at any level, 'C3911' (or the standard's '3911') */
                            industryCode?: string | null;
                            /**
                             * @description What kind of organisation: company unless given
                             * @enum {string}
                             */
                            kind?: "company" | "university" | "institute" | "investor" | "incubator" | "other";
                            name: string;
                            /** @description GB/T 2260 code, e.g. '370212' */
                            regionCode?: string | null;
                            /** @description 注册资本, in 万元 (10,000 CNY) */
                            registeredCapitalWan?: number | null;
                            /** @enum {string|null} */
                            sizeClass?: "large" | "medium" | "small" | "micro" | null;
                            tagIds?: string[];
                        };
                        /**
                         * Format: uuid
                         * @description An existing enterprise; or give `enterprise` to create one
                         */
                        enterpriseId?: string;
                        /** @description Made by the client once per visit typed; the same key again answers the first visit */
                        idempotencyKey: string;
                        /**
                         * Format: uuid
                         * @description A lead of the enterprise the recorder sees; absent, the recorder's own open lead of it if any
                         */
                        leadId?: string | null;
                        nextSteps?: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD, a China calendar day
                             */
                            dueOn?: string | null;
                            /**
                             * Format: uuid
                             * @description A member of staff; the recorder when absent
                             */
                            ownerId?: string | null;
                            text: string;
                        }[];
                        /** @description Our side besides the recorder: staff */
                        participantIds?: string[];
                        place?: string | null;
                        /** @description What we presented */
                        presented?: string | null;
                        /** @description The note of the meeting */
                        summary?: string | null;
                        /**
                         * Format: uuid
                         * @description The keeping team; the recorder's team on the day when absent
                         */
                        teamId?: string | null;
                        /** @description The company's side: names and titles */
                        theirParticipants?: {
                            name: string;
                            title?: string | null;
                        }[];
                        /**
                         * Format: uuid
                         * @description The field trip it belongs to
                         */
                        tripId?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        visitedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One visit with both sides, its next steps and the actions the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a visit (its recorder) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a visit (its recorder, its team’s lead on its day, or an administrator) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The company's concerns, each tag once, with a note */
                        concerns?: {
                            note?: string | null;
                            /** @enum {string} */
                            tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                        }[];
                        /** Format: uuid */
                        enterpriseId?: string;
                        /**
                         * Format: uuid
                         * @description A lead of the enterprise the recorder sees; absent, the recorder's own open lead of it if any
                         */
                        leadId?: string | null;
                        /** @description Our side besides the recorder: staff */
                        participantIds?: string[];
                        place?: string | null;
                        /** @description What we presented */
                        presented?: string | null;
                        /** @description The note of the meeting */
                        summary?: string | null;
                        /**
                         * Format: uuid
                         * @description The keeping team; the recorder's team on the day when absent
                         */
                        teamId?: string | null;
                        /** @description The company's side: names and titles */
                        theirParticipants?: {
                            name: string;
                            title?: string | null;
                        }[];
                        /**
                         * Format: uuid
                         * @description The field trip it belongs to
                         */
                        tripId?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        visitedOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/visits/{id}/next-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a next step to a visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        dueOn?: string | null;
                        /**
                         * Format: uuid
                         * @description A member of staff; the recorder when absent
                         */
                        ownerId?: string | null;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/next-steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick a next step done, or not done again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stepId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Remove a next step entered by mistake */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    stepId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("edit" | "delete" | "addStep")[];
                            concerns: {
                                note: string | null;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            enterpriseId: string;
                            enterpriseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            leadId: string | null;
                            nextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                /** Format: uuid */
                                id: string;
                                mayTick: boolean;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                            }[];
                            /** Format: uuid */
                            officerId: string | null;
                            officerName: string;
                            openNextSteps: number;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            place: string | null;
                            presented: string | null;
                            projects: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                stage: "lead" | "contact" | "intent" | "negotiation" | "signed" | "registered" | "started" | "producing" | "atCapacity" | "onHold" | "terminated";
                            }[];
                            summary: string | null;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            theirParticipants: {
                                name: string;
                                title: string | null;
                            }[];
                            /** Format: uuid */
                            tripId: string | null;
                            tripName: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            visitedOn: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A China month's visits per officer and per team with the concerns raised, among the visits the caller sees */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM, a China calendar month */
                    month?: string;
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            concerns: {
                                count: number;
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            days: {
                                day: string;
                                visits: number;
                            }[];
                            from: string;
                            month: string;
                            officers: {
                                concerns: {
                                    [key: string]: number;
                                };
                                enterprises: number;
                                /** Format: uuid */
                                officerId: string | null;
                                officerName: string;
                                visits: number;
                            }[];
                            teams: {
                                concerns: {
                                    [key: string]: number;
                                };
                                enterprises: number;
                                officers: number;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                visits: number;
                            }[];
                            to: string;
                            totals: {
                                enterprises: number;
                                officers: number;
                                visits: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/activity/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same month as an .xlsx workbook in the request's language; audited */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM, a China calendar month */
                    month?: string;
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An .xlsx workbook (Content-Disposition names the file) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's open next steps, the most overdue first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            open: number;
                            overdue: number;
                            steps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                enterpriseName: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                                visitedOn: string;
                                /** Format: uuid */
                                visitId: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The staff who may take part in visits and own next steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/trips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the field trips the caller sees, the latest first */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    teamId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                createdById: string | null;
                                destination: string;
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                mayEdit: boolean;
                                name: string;
                                purpose: string | null;
                                startsOn: string;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                visits: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Plan a field trip */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destination: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        endsOn: string;
                        name: string;
                        purpose?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        startsOn: string;
                        /**
                         * Format: uuid
                         * @description The team that travels; the creator's team on the first day when absent
                         */
                        teamId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            createdById: string | null;
                            destination: string;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            mayEdit: boolean;
                            name: string;
                            purpose: string | null;
                            startsOn: string;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            visits: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/trips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a field trip (its creator) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destination: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        endsOn: string;
                        name: string;
                        purpose?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD, a China calendar day
                         */
                        startsOn: string;
                        /**
                         * Format: uuid
                         * @description The team that travels; the creator's team on the first day when absent
                         */
                        teamId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            createdById: string | null;
                            destination: string;
                            endsOn: string;
                            /** Format: uuid */
                            id: string;
                            mayEdit: boolean;
                            name: string;
                            purpose: string | null;
                            startsOn: string;
                            /** Format: uuid */
                            teamId: string | null;
                            teamName: string | null;
                            visits: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/trips/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A field trip's report: its visits, the concerns tallied by tag with their notes, the open next steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            concerns: {
                                count: number;
                                notes: {
                                    enterpriseName: string;
                                    note: string;
                                    /** Format: uuid */
                                    visitId: string;
                                }[];
                                /** @enum {string} */
                                tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                            }[];
                            openNextSteps: {
                                /** Format: date-time */
                                doneAt: string | null;
                                dueOn: string | null;
                                enterpriseName: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                ownerId: string | null;
                                ownerName: string | null;
                                text: string;
                                visitedOn: string;
                                /** Format: uuid */
                                visitId: string;
                            }[];
                            trip: {
                                /** Format: uuid */
                                createdById: string | null;
                                destination: string;
                                endsOn: string;
                                /** Format: uuid */
                                id: string;
                                mayEdit: boolean;
                                name: string;
                                purpose: string | null;
                                startsOn: string;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                visits: number;
                            };
                            visits: {
                                concerns: {
                                    note: string | null;
                                    /** @enum {string} */
                                    tag: "supply-chain" | "talent" | "land" | "policy" | "financing" | "approvals" | "other";
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                enterpriseId: string;
                                enterpriseName: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                leadId: string | null;
                                /** Format: uuid */
                                officerId: string | null;
                                officerName: string;
                                openNextSteps: number;
                                place: string | null;
                                summary: string | null;
                                /** Format: uuid */
                                teamId: string | null;
                                teamName: string | null;
                                /** Format: uuid */
                                tripId: string | null;
                                tripName: string | null;
                                visitedOn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/window-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the window requests the caller may see */
        get: {
            parameters: {
                query?: {
                    /** @description queue: open first, then answered, then closed, oldest first; recent: last changed first */
                    order?: "queue" | "recent";
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    state?: "open" | "answered" | "closed";
                    windowCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                enterpriseId: string | null;
                                enterpriseName: string | null;
                                /** Format: date-time */
                                firstResponseAt: string | null;
                                /** Format: uuid */
                                id: string;
                                openedByName: string;
                                reference: string;
                                /** @enum {string} */
                                state: "open" | "answered" | "closed";
                                subject: string;
                                /** Format: date-time */
                                updatedAt: string;
                                windowCode: string;
                                windowName: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a request at a window
         * @description 201 with the new request; 200 with the earlier one when the caller already sent this idempotencyKey.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        /**
                         * Format: uuid
                         * @description Staff only: the enterprise it is for (a walk-in); others open for their own account
                         */
                        enterpriseId?: string;
                        idempotencyKey: string;
                        subject: string;
                        windowCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("answer" | "followUp" | "close" | "reopen")[];
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: uuid */
                            id: string;
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "requester" | "staff";
                            }[];
                            openedByName: string;
                            reference: string;
                            /** Format: date-time */
                            reopenUntil: string | null;
                            /** @enum {string} */
                            state: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowCode: string;
                            windowName: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("answer" | "followUp" | "close" | "reopen")[];
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: uuid */
                            id: string;
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "requester" | "staff";
                            }[];
                            openedByName: string;
                            reference: string;
                            /** Format: date-time */
                            reopenUntil: string | null;
                            /** @enum {string} */
                            state: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowCode: string;
                            windowName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/window-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its thread and the actions the caller may take */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("answer" | "followUp" | "close" | "reopen")[];
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: uuid */
                            id: string;
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "requester" | "staff";
                            }[];
                            openedByName: string;
                            reference: string;
                            /** Format: date-time */
                            reopenUntil: string | null;
                            /** @enum {string} */
                            state: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowCode: string;
                            windowName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/window-requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("answer" | "followUp" | "close" | "reopen")[];
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: uuid */
                            id: string;
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "requester" | "staff";
                            }[];
                            openedByName: string;
                            reference: string;
                            /** Format: date-time */
                            reopenUntil: string | null;
                            /** @enum {string} */
                            state: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowCode: string;
                            windowName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/window-requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply: the staff's answer, or the requester's follow-up
         * @description 409 workflow.wrongState on a closed request, which its requester reopens first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("answer" | "followUp" | "close" | "reopen")[];
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: uuid */
                            id: string;
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "requester" | "staff";
                            }[];
                            openedByName: string;
                            reference: string;
                            /** Format: date-time */
                            reopenUntil: string | null;
                            /** @enum {string} */
                            state: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowCode: string;
                            windowName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/window-requests/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed request; its requester, within seven days of closing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actions: ("answer" | "followUp" | "close" | "reopen")[];
                            /** Format: date-time */
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            enterpriseId: string | null;
                            enterpriseName: string | null;
                            /** Format: date-time */
                            firstResponseAt: string | null;
                            /** Format: uuid */
                            id: string;
                            messages: {
                                authorName: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                side: "requester" | "staff";
                            }[];
                            openedByName: string;
                            reference: string;
                            /** Format: date-time */
                            reopenUntil: string | null;
                            /** @enum {string} */
                            state: "open" | "answered" | "closed";
                            subject: string;
                            /** Format: date-time */
                            updatedAt: string;
                            windowCode: string;
                            windowName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details, worded in the caller's language */
        Problem: {
            code: string;
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance: string;
            requestId: string;
            status: number;
            title: string;
            type: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
