import { routeTable } from '../../route-table.ts';

export const debriefRoutes = routeTable({ tags: ['peer-support'] }, []);
