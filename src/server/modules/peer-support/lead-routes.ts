import { routeTable } from '../../route-table.ts';

export const leadRoutes = routeTable({ tags: ['peer-support'] }, []);
