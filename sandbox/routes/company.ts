import { companyOfUser, companyToJson } from '../companies';
import { notFound } from '../httpError';
import { ok } from '../response';
import { route, type ApiRequest, type Route } from '../router';

// `GET /api/company`: the signed-in user's company. Paymo answers it as one object under
// `company`, not as the one-element list every other resource is wrapped in.

function getCompany({ app, user }: ApiRequest) {
  const row = companyOfUser(app.db, user.id);
  if (!row) {
    throw notFound('The signed-in user belongs to no company');
  }
  const company = companyToJson(app.db, row, app.origin);
  app.quirks.apply('company', company);
  return ok({ company });
}

export const companyRoutes: Route[] = [route('GET', /^\/api\/company$/, getCompany)];
