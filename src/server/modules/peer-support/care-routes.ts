import { routeTable } from '../../route-table.ts';

export const careRoutes = routeTable({ tags: ['peer-support'] }, []);
