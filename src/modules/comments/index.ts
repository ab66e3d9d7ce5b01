export { CommentsModule } from './comments.module';
export { CommentsService } from './comments.service';
export { CommentDto, CommentDeletedDto } from './dto/comment.dto';
