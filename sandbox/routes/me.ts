import { ok } from '../response';
import { route, type Route } from '../router';
import { userToJson } from '../users';

/** `GET /api/me`: the signed-in user, the cheap way for a client to check its credentials. */
export const meRoutes: Route[] = [route('GET', /^\/api\/me$/, ({ user }) => ok({ users: [userToJson(user)] }))];
